/**
 * Scenarios: `{seed, engine, workload | requests}` fully describe a run. This file turns a
 * (validated) scenario into engine input and runs it; the JSON schema lives with the CLI
 * (tools/cli/scenario.ts) and the format is documented in docs/scenario-format.md.
 */
import type { CostModel } from '../costModel.ts';
import { fnv1a } from '../core/hash.ts';
import { secondsToUs, type Micros } from '../core/units.ts';
import { resolveEngineConfig } from './config.ts';
import { defaultCostModel } from './defaultCostModel.ts';
import { Engine, type StepResult } from './engine.ts';
import type { MetricsSummary } from './metrics.ts';
import { simpleCostModel } from './simpleCostModel.ts';
import { runStaticBatching } from './staticBatching.ts';
import type { EngineConfig, EngineConfigInput, EventLevel, LoraConfigInput, PromptSegment, RequestSpec, SpeculativeConfigInput } from './types.ts';
import { VLLM_VERSION } from './vllmVersion.ts';
import { generateWorkload, type WorkloadConfig } from './workload/generate.ts';

/** Engine settings in a scenario (no objects: the cost model is named by id). */
export type ScenarioEngine = Omit<EngineConfigInput, 'costModel' | 'eventLevel' | 'speculative' | 'lora'> & {
  readonly speculative?: SpeculativeConfigInput;
  readonly lora?: LoraConfigInput;
  /** Refused by the schema: vLLM 0.18 removed it. */
  readonly swapSpace?: never;
  /** Continuous batching (vLLM) or the static request-level baseline. */
  readonly batching?: 'continuous' | 'static';
  /** Cost model id; omitted = the default. */
  readonly costModel?: string;
};

/** One explicit request (times in seconds). */
export interface ScenarioRequest {
  readonly id: string;
  readonly arrivalS?: number;
  /** Token segments, or a length (a prompt unique to this request). */
  readonly prompt: readonly PromptSegment[] | number;
  readonly outputTokens: number;
  readonly maxTokens?: number;
  readonly priority?: number;
  readonly n?: number;
  readonly cacheSalt?: string;
  readonly loraId?: number;
  readonly lora?: string;
  readonly promptLogprobs?: number;
  readonly ignoreEos?: boolean;
  readonly stopTokenIds?: readonly number[];
  readonly after?: { readonly id: string; readonly delayS?: number };
}

export interface Scenario {
  readonly name?: string;
  readonly description?: string;
  readonly seed: number;
  readonly engine?: ScenarioEngine;
  readonly workload?: WorkloadConfig;
  readonly requests?: readonly ScenarioRequest[];
  readonly run?: { readonly untilS?: number; readonly maxSteps?: number };
}

/** Cost models a scenario may name. */
export const COST_MODELS: readonly CostModel[] = [defaultCostModel, simpleCostModel];

/** Looks up a cost model by id ("default" = the default). */
export function costModelById(id: string | undefined): CostModel {
  if (id === undefined || id === 'default') return defaultCostModel;
  const m = COST_MODELS.find((c) => c.id === id);
  if (!m) throw new Error(`engine.costModel: unknown cost model "${id}" (known: default, ${COST_MODELS.map((c) => c.id).join(', ')})`);
  return m;
}

/** The engine config a scenario asks for (defaults filled, validated). */
export function scenarioEngineConfig(s: Scenario, eventLevel: EventLevel = 'none'): EngineConfig {
  const { batching: _b, costModel, swapSpace: _s, ...rest } = s.engine ?? {};
  return resolveEngineConfig({ ...rest, costModel: costModelById(costModel), eventLevel });
}

/** The scenario's request specs: generated from `workload` and/or listed in `requests`. */
export function scenarioRequests(s: Scenario, maxModelLen: number): RequestSpec[] {
  const out: RequestSpec[] = s.workload ? generateWorkload(s.workload, s.seed, maxModelLen) : [];
  for (const r of s.requests ?? []) {
    const prompt: readonly PromptSegment[] = typeof r.prompt === 'number' ? [{ seed: fnv1a(`${s.seed}:${r.id}`), tokens: r.prompt }] : r.prompt;
    out.push({
      id: r.id,
      arrivalUs: secondsToUs(r.arrivalS ?? 0),
      prompt,
      outputTokens: r.outputTokens,
      ...(r.maxTokens !== undefined ? { maxTokens: r.maxTokens } : {}),
      ...(r.priority !== undefined ? { priority: r.priority } : {}),
      ...(r.n !== undefined ? { n: r.n } : {}),
      ...(r.cacheSalt !== undefined ? { cacheSalt: r.cacheSalt } : {}),
      ...(r.loraId !== undefined ? { loraId: r.loraId } : {}),
      ...(r.lora !== undefined ? { lora: r.lora } : {}),
      ...(r.promptLogprobs !== undefined ? { promptLogprobs: r.promptLogprobs } : {}),
      ...(r.ignoreEos !== undefined ? { ignoreEos: r.ignoreEos } : {}),
      ...(r.stopTokenIds !== undefined ? { stopTokenIds: r.stopTokenIds } : {}),
      ...(r.after ? { after: { id: r.after.id, delayUs: secondsToUs(r.after.delayS ?? 0) as Micros } } : {}),
    });
  }
  return out;
}

/** What a scenario run reports. */
export interface ScenarioResult {
  readonly scenario: {
    readonly name: string | null;
    /** The vLLM release the engine follows (`VLLM_VERSION`). */
    readonly vllmVersion: string;
    readonly seed: number;
    readonly batching: 'continuous' | 'static';
    readonly engine: Omit<EngineConfig, 'costModel' | 'eventLevel'> & { readonly costModel: string };
    readonly workload: WorkloadConfig | null;
    readonly numRequestSpecs: number;
  };
  readonly metrics: MetricsSummary;
}

/**
 * Runs a scenario to completion (or `run.untilS` / `run.maxSteps`).
 * @param onStep receives every step with its events (continuous batching only)
 */
export function runScenario(s: Scenario, opts: { eventLevel?: EventLevel; onStep?: (step: StepResult) => void } = {}): ScenarioResult {
  const config = scenarioEngineConfig(s, opts.eventLevel ?? 'none');
  const specs = scenarioRequests(s, config.maxModelLen);
  const batching = s.engine?.batching ?? 'continuous';
  const { costModel, eventLevel: _e, ...echo } = config;
  const scenario = {
    name: s.name ?? null,
    vllmVersion: VLLM_VERSION,
    seed: s.seed,
    batching,
    engine: { ...echo, costModel: costModel.id },
    workload: s.workload ?? null,
    numRequestSpecs: specs.length,
  };
  if (batching === 'static') {
    const res = runStaticBatching(specs, {
      blockSize: config.blockSize,
      numGpuBlocks: config.numGpuBlocks,
      maxModelLen: config.maxModelLen,
      maxNumSeqs: config.maxNumSeqs,
      reservation: config.contiguousReservation,
      costModel,
    });
    return { scenario, metrics: res.metrics };
  }
  const engine = new Engine(config);
  engine.addRequests(specs);
  const untilUs = s.run?.untilS !== undefined ? secondsToUs(s.run.untilS) : undefined;
  engine.run({
    ...(untilUs !== undefined ? { untilUs } : {}),
    ...(s.run?.maxSteps !== undefined ? { maxSteps: s.run.maxSteps } : {}),
    ...(opts.onStep ? { onStep: opts.onStep } : {}),
  });
  return { scenario, metrics: engine.metrics() };
}
