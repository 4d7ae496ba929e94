import { describe, expect, it } from 'vitest';
import { capacitySearch, planCapacity, replicaMemory, tpForContext, type CapacityQuery } from '../../../../src/sim/patterns/index.ts';

const base: CapacityQuery = { modelId: 'llama-3.1-8b', gpuId: 'h100-sxm-80gb', workload: 'chat', qps: 20, ttftP90S: 1, itlP90Ms: 50, maxModelLen: 8192, router: 'prefix-aware', maxGpus: 32, durationS: 60 };

describe('capacity search', () => {
  it('answers with the fewest replicas that meet both p90 objectives: one fewer misses them', () => {
    const plan = planCapacity(base);
    const answer = plan.answer;
    expect(answer).not.toBeNull();
    if (!answer) return;
    expect(answer.meets).toBe(true);
    expect(answer.ttftP90S).toBeLessThanOrEqual(base.ttftP90S);
    expect(answer.itlP90Ms).toBeLessThanOrEqual(base.itlP90Ms);
    expect(answer.gpus).toBe(answer.replicas * (plan.replica?.tp ?? 0));
    const below = plan.trials.find((t) => t.replicas === answer.replicas - 1);
    if (answer.replicas > 1) expect(below?.meets).toBe(false);
  });

  it('more traffic or a tighter objective never needs fewer GPUs', () => {
    const gpus = (q: CapacityQuery) => planCapacity(q).answer?.gpus ?? Infinity;
    const at = gpus(base);
    expect(gpus({ ...base, qps: base.qps * 3 })).toBeGreaterThanOrEqual(at);
    expect(gpus({ ...base, ttftP90S: 0.3, itlP90Ms: 25 })).toBeGreaterThanOrEqual(at);
  });

  it('yields every trial it runs, in order, and returns them in the plan', () => {
    const it = capacitySearch(base);
    const seen: number[] = [];
    for (;;) {
      const step = it.next();
      if (step.done) {
        expect(step.value.trials.map((t) => t.replicas)).toEqual(seen);
        break;
      }
      seen.push(step.value.replicas);
    }
    expect(seen[0]).toBe(1);
  });

  it('a longer context needs as many or more GPUs per replica; one no node holds has no TP, and a query is clamped to the model’s positions', () => {
    const short = tpForContext('llama-3.1-70b', 'h100-sxm-80gb', 8192);
    const long = tpForContext('llama-3.1-70b', 'h100-sxm-80gb', 131072);
    expect(short).not.toBeNull();
    expect(long?.tp ?? 16).toBeGreaterThanOrEqual(short?.tp ?? 0);
    expect(tpForContext('llama-3.1-70b', 'l40s-48gb', 1_000_000)).toBeNull();
    const plan = planCapacity({ ...base, modelId: 'mistral-7b-v0.3', maxModelLen: 131072 });
    expect(plan.maxModelLen).toBe(32768);
    expect(plan.replica?.maxModelLen).toBe(32768);
  });

  it('replica memory adds up: full sequences are the KV tokens over the context', () => {
    const m = replicaMemory('llama-3.1-8b', 'h100-sxm-80gb', 1, 8192);
    expect(m.fullSequences).toBe(Math.floor(m.kvCacheTokens / 8192));
    expect(m.weightsPerGpuGiB).toBeGreaterThan(14);
    expect(m.weightsPerGpuGiB).toBeLessThan(16);
  });

  it('stops at the GPU limit and says so', () => {
    const plan = planCapacity({ ...base, qps: 400, maxGpus: 2 });
    expect(plan.answer).toBeNull();
    expect(plan.reason).toMatch(/the limit/);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => planCapacity({ ...base, qps: 0 })).toThrow(/qps/);
  });
});
