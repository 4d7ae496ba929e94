/**
 * The scenario JSON schema (valibot) and its validation with readable errors: one
 * `path: problem` line per issue, e.g. `engine.blockSize: must be one of 1, 8, 16, 32, 64, 128`.
 * The format is documented in docs/scenario-format.md.
 */
import * as v from 'valibot';
import { BLOCK_SIZES } from './config.ts';
import { LORA_RANKS, resolveLoraConfig } from './lora/loraConfig.ts';
import { scenarioEngineConfig, type Scenario } from './scenario.ts';
import { resolveSpeculativeConfig, SPECULATIVE_METHODS } from './spec/specConfig.ts';

const int = () => v.pipe(v.number('must be a number'), v.integer('must be an integer'));
const posInt = v.pipe(int(), v.minValue(1, 'must be ≥ 1'));
const nonNegInt = v.pipe(int(), v.minValue(0, 'must be ≥ 0'));
const posNum = v.pipe(v.number('must be a number'), v.finite('must be finite'), v.gtValue(0, 'must be > 0'));
const nonNegNum = v.pipe(v.number('must be a number'), v.finite('must be finite'), v.minValue(0, 'must be ≥ 0'));
const rate = v.pipe(v.number('must be a number'), v.minValue(0, 'must be between 0 and 1'), v.maxValue(1, 'must be between 0 and 1'));

const LengthDist = v.variant('dist', [
  v.strictObject({ dist: v.literal('fixed'), value: posInt }),
  v.pipe(
    v.strictObject({ dist: v.literal('uniform'), min: posInt, max: posInt }),
    v.forward(
      v.check((d) => d.min <= d.max, 'must be ≥ min'),
      ['max'],
    ),
  ),
  v.strictObject({ dist: v.literal('lognormal'), mean: posNum, sigma: nonNegNum, min: v.optional(posInt), max: v.optional(posInt) }),
  v.strictObject({ dist: v.literal('sharegpt') }),
], 'must be one of "fixed", "uniform", "lognormal", "sharegpt"');

const Arrival = v.variant('process', [
  v.strictObject({ process: v.literal('poisson'), rate: posNum }),
  v.strictObject({ process: v.literal('gamma'), rate: posNum, burstiness: posNum }),
  v.strictObject({ process: v.literal('burst'), atS: v.optional(nonNegNum) }),
  v.strictObject({ process: v.literal('constant'), rate: posNum }),
], 'must be one of "poisson", "gamma", "burst", "constant"');

const Prefix = v.variant('kind', [
  v.strictObject({ kind: v.literal('none') }),
  v.strictObject({ kind: v.literal('system'), tokens: posInt, numPrefixes: v.optional(posInt) }),
  v.strictObject({ kind: v.literal('fewShot'), shots: posInt }),
], 'must be one of "none", "system", "fewShot"');

const Workload = v.strictObject({
  numRequests: posInt,
  arrival: Arrival,
  promptTokens: LengthDist,
  outputTokens: LengthDist,
  prefix: v.optional(Prefix),
  multiTurn: v.optional(v.strictObject({ turns: posInt, thinkTimeS: nonNegNum })),
  n: v.optional(posInt),
  priorities: v.optional(v.pipe(v.array(int()), v.minLength(1, 'must not be empty'))),
  maxTokens: v.optional(v.union([v.literal('output'), posInt], 'must be "output" or an integer ≥ 1')),
  adapters: v.optional(v.pipe(v.array(v.pipe(v.string('must be an adapter name'), v.minLength(1, 'must not be empty'))), v.minLength(1, 'must not be empty'))),
});

const Speculative = v.strictObject({
  method: v.picklist([...SPECULATIVE_METHODS], `must be one of ${SPECULATIVE_METHODS.map((m) => `"${m}"`).join(', ')}`),
  numSpeculativeTokens: v.pipe(int(), v.minValue(1, 'must be ≥ 1')),
  acceptanceRate: v.optional(v.union([rate, v.pipe(v.array(rate), v.minLength(1, 'must not be empty'))], 'must be a rate (0–1) or a list of rates, one per draft position')),
  draftParamsB: v.optional(posNum),
  targetParamsB: v.optional(posNum),
  promptLookupMin: v.optional(posInt),
  promptLookupMax: v.optional(posInt),
  ngramMatchRate: v.optional(rate),
});

const Lora = v.strictObject({
  maxLoras: v.optional(posInt),
  maxLoraRank: v.optional(v.picklist([...LORA_RANKS], `must be one of ${LORA_RANKS.join(', ')}`)),
  maxCpuLoras: v.optional(posInt),
  loadTimeUs: v.optional(nonNegNum),
  activateTimeUs: v.optional(nonNegNum),
  adapters: v.optional(
    v.union([v.record(v.string(), posInt), v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))], 'must map adapter names to ranks, or list adapter names'),
  ),
});

const Engine = v.strictObject({
  blockSize: v.optional(v.picklist([...BLOCK_SIZES], `must be one of ${BLOCK_SIZES.join(', ')}`)),
  numGpuBlocks: v.optional(v.pipe(int(), v.minValue(2, 'must be ≥ 2 (block 0 is the null block)'))),
  maxModelLen: v.optional(posInt),
  maxNumBatchedTokens: v.optional(posInt),
  maxNumSeqs: v.optional(posInt),
  longPrefillTokenThreshold: v.optional(nonNegInt),
  enablePrefixCaching: v.optional(v.boolean('must be true or false')),
  policy: v.optional(v.picklist(['fcfs', 'priority'], 'must be "fcfs" or "priority"')),
  kvAllocator: v.optional(v.picklist(['paged', 'contiguous'], 'must be "paged" or "contiguous"')),
  contiguousReservation: v.optional(v.picklist(['maxModelLen', 'promptPlusMaxTokens'], 'must be "maxModelLen" or "promptPlusMaxTokens"')),
  parallelSampling: v.optional(v.picklist(['fanout', 'fork'], 'must be "fanout" or "fork"')),
  vocabSize: v.optional(posInt),
  batching: v.optional(v.picklist(['continuous', 'static'], 'must be "continuous" or "static"')),
  costModel: v.optional(v.string('must be a cost model id')),
  schedulerReserveFullIsl: v.optional(v.boolean('must be true or false')),
  watermark: v.optional(v.pipe(v.number('must be a number'), v.minValue(0, 'must be ≥ 0 and < 1'), v.ltValue(1, 'must be ≥ 0 and < 1'))),
  prependUnhashedFreedBlocks: v.optional(v.boolean('must be true or false')),
  asyncScheduling: v.optional(v.boolean('must be true or false')),
  schedulingOverheadUs: v.optional(nonNegNum),
  speculative: v.optional(Speculative),
  lora: v.optional(Lora),
  swapSpace: v.optional(v.never('removed in vLLM 0.18 (PR #36216): preemption is recompute-only')),
});

const Segment = v.strictObject({ seed: v.pipe(nonNegInt, v.maxValue(0xffffffff, 'must fit in 32 bits')), tokens: posInt });

const RequestItem = v.strictObject({
  id: v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty')),
  arrivalS: v.optional(nonNegNum),
  prompt: v.union([posInt, v.pipe(v.array(Segment), v.minLength(1, 'must not be empty'))], 'must be a token count or a list of {seed, tokens} segments'),
  outputTokens: posInt,
  maxTokens: v.optional(posInt),
  priority: v.optional(int()),
  n: v.optional(posInt),
  cacheSalt: v.optional(v.string('must be a string')),
  loraId: v.optional(nonNegInt),
  lora: v.optional(v.pipe(v.string('must be an adapter name'), v.minLength(1, 'must not be empty'))),
  promptLogprobs: v.optional(nonNegInt),
  ignoreEos: v.optional(v.boolean('must be true or false')),
  stopTokenIds: v.optional(v.array(nonNegInt, 'must be a list of token ids')),
  after: v.optional(v.strictObject({ id: v.string('must be a request id'), delayS: v.optional(nonNegNum) })),
});

/** The scenario schema (see docs/scenario-format.md). */
export const ScenarioSchema = v.strictObject({
  $schema: v.optional(v.string()),
  name: v.optional(v.string('must be a string')),
  description: v.optional(v.string('must be a string')),
  seed: v.pipe(nonNegInt, v.maxValue(0xffffffff, 'must fit in 32 bits')),
  engine: v.optional(Engine),
  workload: v.optional(Workload),
  requests: v.optional(v.array(RequestItem, 'must be a list of requests')),
  run: v.optional(v.strictObject({ untilS: v.optional(posNum), maxSteps: v.optional(posInt) })),
});

// Compile-time guard: what the schema accepts is a `Scenario`.
const _accepts: (x: v.InferOutput<typeof ScenarioSchema>) => Scenario = (x) => x;
void _accepts;

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(scenario)' : out;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
  if (issue.type === 'strict_object' && issue.received === 'undefined') return 'is required';
  if (issue.received === 'undefined' && issue.expected !== 'never') return 'is required';
  return issue.message;
}

/**
 * Validates raw JSON as a scenario.
 * @returns the scenario, or one `path: problem` line per issue
 */
export function parseScenario(raw: unknown): { ok: true; scenario: Scenario } | { ok: false; errors: string[] } {
  const res = v.safeParse(ScenarioSchema, raw);
  if (!res.success) return { ok: false, errors: res.issues.map((i) => `${pathOf(i)}: ${messageOf(i)}`) };
  const s = res.output;
  const errors: string[] = [];
  if (!s.workload && (s.requests?.length ?? 0) === 0) errors.push('(scenario): needs a "workload" or a non-empty "requests" list');
  const ids = new Set<string>();
  s.requests?.forEach((r, i) => {
    if (ids.has(r.id)) errors.push(`requests[${i}].id: duplicate id "${r.id}"`);
    ids.add(r.id);
  });
  s.requests?.forEach((r, i) => {
    if (r.after && !ids.has(r.after.id)) errors.push(`requests[${i}].after.id: no request with id "${r.after.id}"`);
    if (r.ignoreEos && r.maxTokens === undefined) errors.push(`requests[${i}].ignoreEos: needs maxTokens (otherwise nothing ends the request)`);
  });
  // Adapters must be enabled, and named in engine.lora.adapters when that list is given.
  const lora = s.engine?.lora;
  const known = lora?.adapters ? (Array.isArray(lora.adapters) ? [...lora.adapters] : Object.keys(lora.adapters)) : null;
  const checkAdapter = (name: string, path: string): void => {
    if (!lora) errors.push(`${path}: adapter "${name}" needs engine.lora (LoRA is not enabled)`);
    else if (known && !known.includes(name)) errors.push(`${path}: unknown adapter "${name}" (engine.lora.adapters has ${known.join(', ')})`);
  };
  s.requests?.forEach((r, i) => {
    if (r.lora !== undefined) checkAdapter(r.lora, `requests[${i}].lora`);
  });
  s.workload?.adapters?.forEach((name, i) => checkAdapter(name, `workload.adapters[${i}]`));
  // What vLLM would refuse at start-up (messages already name the engine field). The drafter
  // and adapter sections are checked on their own too, so one run reports both.
  const attempt = (f: () => unknown): void => {
    try {
      f();
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      if (!errors.includes(msg)) errors.push(msg);
    }
  };
  if (s.engine?.batching === 'static') {
    if (s.engine.speculative) errors.push('engine.speculative: the static batching baseline has no speculative decoding (use batching "continuous")');
    if (s.engine.lora) errors.push('engine.lora: the static batching baseline has no LoRA scheduling (use batching "continuous")');
  }
  const sp = s.engine?.speculative;
  if (sp) attempt(() => resolveSpeculativeConfig(sp));
  if (lora) attempt(() => resolveLoraConfig(lora));
  attempt(() => scenarioEngineConfig(s));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: s };
}
