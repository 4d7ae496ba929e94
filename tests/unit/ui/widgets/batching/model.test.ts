import { describe, expect, it } from 'vitest';
import { runStaticBatching } from '../../../../../src/sim/engine/staticBatching.ts';
import { Engine } from '../../../../../src/sim/engine/engine.ts';
import { explainStep } from '../../../../../src/ui/widgets/batching/explain.ts';
import { contStepAt, frameCount, frameTime, statStepAt, stepsDoneAt } from '../../../../../src/widget-models/batching/frames.ts';
import { engineConfigFor } from '../../../../../src/widget-models/batching/engineSetup.ts';
import { metricsAt } from '../../../../../src/widget-models/batching/liveMetrics.ts';
import { DEFAULT_SETTINGS, type BatchSettings } from '../../../../../src/widget-models/batching/settings.ts';
import { simulate } from '../../../../../src/widget-models/batching/simulate.ts';
import { DECODE, PREEMPT, SCHED_STRIDE } from '../../../../../src/widget-models/batching/types.ts';
import { BATCH_PRESETS } from '../../../../../src/widget-models/batching/presets.ts';

const small: BatchSettings = { ...DEFAULT_SETTINGS, numPrompts: 10, rate: 6, outputLength: 60, seed: 4 };

const final = (settings: BatchSettings) => {
  const sim = simulate(settings);
  if (!sim.cont || !sim.stat || !sim.config) throw new Error(sim.error ?? 'no run');
  return { sim, cont: metricsAt(sim.cont, sim.workload, Infinity), stat: metricsAt(sim.stat, sim.workload, Infinity), config: engineConfigFor(sim.settings) };
};

describe('batching model', () => {
  it('ends with exactly the engine’s own metrics, continuous and static', () => {
    const { sim, cont, stat, config } = final({ ...small, numGpuBlocks: 140, outputLength: 200, maxModelLen: 1024 });
    const e = new Engine({ ...config, eventLevel: 'none' });
    e.addRequests(sim.workload.specs);
    e.run();
    const m = e.metrics();
    expect(cont.outputThroughput).toBeCloseTo(m.output_throughput, 9);
    expect(cont.ttft.p90).toBeCloseTo(m.time_to_first_token_seconds.p90, 9);
    expect(cont.tpot.p50).toBeCloseTo(m.request_time_per_output_token_seconds.p50, 9);
    expect(cont.queue.p90).toBeCloseTo(m.request_queue_time_seconds.p90, 9);
    expect(cont.preemptions).toBe(m.num_preemptions);
    expect(cont.steps).toBe(m.num_steps);
    const s = runStaticBatching(sim.workload.specs, { numGpuBlocks: config.numGpuBlocks, maxModelLen: config.maxModelLen, maxNumSeqs: config.maxNumSeqs, reservation: 'promptPlusMaxTokens', costModel: config.costModel }).metrics;
    expect(stat.outputThroughput).toBeCloseTo(s.output_throughput, 9);
    expect(stat.ttft.p99).toBeCloseTo(s.time_to_first_token_seconds.p99, 9);
    expect(stat.tpot.p90).toBeCloseTo(s.request_time_per_output_token_seconds.p90, 9);
    expect(stat.steps).toBe(s.num_steps);
  });

  it('never schedules more than the budget or max_num_seqs, and every request finishes', () => {
    for (const id of ['long-prompts', 'prefill-threshold', 'preemption'] as const) {
      const { sim, config } = final(BATCH_PRESETS[id].settings);
      for (const step of sim.cont?.steps ?? []) {
        let sum = 0;
        let n = 0;
        for (let k = 0; k < step.sched.length; k += SCHED_STRIDE) {
          sum += step.sched[k + 1] as number;
          n++;
          if (config.longPrefillTokenThreshold > 0) expect(step.sched[k + 1]).toBeLessThanOrEqual(config.longPrefillTokenThreshold);
        }
        expect(sum).toBe(step.tokens);
        expect(sum).toBeLessThanOrEqual(config.maxNumBatchedTokens);
        expect(n).toBeLessThanOrEqual(config.maxNumSeqs);
      }
      expect(sim.cont?.times.every((t) => t.finishUs > 0)).toBe(true);
      expect(sim.stat?.times.every((t) => t.finishUs > 0)).toBe(true);
    }
  });

  it('derives why requests waited, in the order vLLM’s waiting loop checks', () => {
    const pre = final(BATCH_PRESETS.preemption.settings).sim;
    const steps = pre.cont?.steps ?? [];
    const first = steps.find((s) => s.preempted.length > 0);
    expect(first?.admitStop).toBe('preempted');
    // FCFS: the victim is the last request in the running list, i.e. the newest admitted.
    const victim = first?.preempted[0]?.victim ?? -1;
    const prev = steps[(first?.index ?? 1) - 1];
    const running = Array.from(prev?.sched ?? []).filter((_, i) => i % SCHED_STRIDE === 0);
    expect(victim).toBe(running[running.length - 1]);
    expect(pre.cont?.segs[victim]?.some((v, i) => i % 4 === 0 && v === PREEMPT)).toBe(true);
    const blocked = steps.find((s) => s.admitStop === 'blocks');
    expect(blocked?.head?.need).toBeGreaterThan(blocked?.head?.free ?? Infinity);
    const why = explainStep(pre, blocked ?? (steps[0] as never), 'continuous');
    expect(why.waited[0]?.reason).toMatch(/Not enough free KV blocks\..*(whole current sequence|first chunk of \d+ tokens).* needs \d+ (free )?blocks/);
    // The head's need is what the engine checks: at 0.33 the whole current sequence must fit.
    const h = blocked?.head;
    if (h?.fullSequence) expect(why.waited[0]?.reason).toMatch(/scheduler_reserve_full_isl/);

    const seqs = final({ ...small, numPrompts: 30, rate: 0, maxNumSeqs: 4 }).sim;
    const full = seqs.cont?.steps[0];
    expect(full?.admitStop).toBe('max-seqs');
    expect(explainStep(seqs, full as never, 'continuous').waited.map((g) => g.key)).toEqual(['max-seqs']);

    const budget = final({ ...small, numPrompts: 12, rate: 0, promptLengthKind: 'fixed', promptLength: 600, maxNumBatchedTokens: 1024 }).sim;
    expect(budget.cont?.steps[0]?.admitStop).toBe('budget');
  });

  it('chunks long prompts to fit what the running requests leave of the budget', () => {
    const { sim, config } = final(BATCH_PRESETS['long-prompts'].settings);
    const mixed = sim.cont?.steps.find((s) => {
      const kinds = Array.from(s.sched).filter((_, i) => i % SCHED_STRIDE === 2);
      return kinds.includes(DECODE) && kinds.some((k) => k !== DECODE) && s.tokens === config.maxNumBatchedTokens;
    });
    expect(mixed).toBeDefined();
    // Decodes come first (running requests before waiting ones), 1 token each.
    const got = explainStep(sim, mixed as never, 'continuous').got;
    expect(got.some((g) => g.kind === DECODE && g.tokens === 1)).toBe(true);
    expect(got.reduce((a, g) => a + g.tokens, 0)).toBe(config.maxNumBatchedTokens);
  });

  it('lays frames on continuous steps, then the static tail', () => {
    const sim = simulate(small);
    const c = sim.cont?.steps.length ?? 0;
    const n = frameCount(sim);
    expect(n).toBe(1 + c + ((sim.stat?.steps.length ?? 0) - stepsDoneAt(sim.stat as never, frameTime(sim, c))));
    for (let f = 1; f < n; f++) expect(frameTime(sim, f)).toBeGreaterThanOrEqual(frameTime(sim, f - 1));
    expect(contStepAt(sim, 3)?.index).toBe(2);
    expect(statStepAt(sim, n - 1)?.index).toBe((sim.stat?.steps.length ?? 0) - 1);
  });

  it('is deterministic and reports vLLM’s start-up refusal', () => {
    const a = simulate(small);
    const b = simulate(small);
    expect(a.cont?.steps.map((s) => s.endUs)).toEqual(b.cont?.steps.map((s) => s.endUs));
    const bad = simulate({ ...small, numGpuBlocks: 10, maxModelLen: 2048 });
    expect(bad.error).toMatch(/cannot hold one maxModelLen/);
    const huge = simulate({ ...small, hw: { ...small.hw, modelId: 'llama-3.1-70b', tp: 1 } });
    expect(huge.error).toMatch(/do not fit/);
  });
});
