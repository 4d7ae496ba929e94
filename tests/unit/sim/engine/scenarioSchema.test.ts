/** Scenario validation: bad input names the field and the problem. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../../src/sim/engine/scenarioSchema.ts';

const files = import.meta.glob<unknown>('/scenarios/*.json', { eager: true, import: 'default' });
const errorsOf = (raw: unknown): string[] => {
  const r = parseScenario(raw);
  return r.ok ? [] : r.errors;
};
const workload = { numRequests: 5, arrival: { process: 'burst' }, promptTokens: { dist: 'fixed', value: 10 }, outputTokens: { dist: 'fixed', value: 5 } };

describe('parseScenario', () => {
  it('accepts every example in scenarios/', () => {
    for (const [path, raw] of Object.entries(files)) expect({ path, errors: errorsOf(raw) }).toEqual({ path, errors: [] });
  });

  it('names the field and the problem', () => {
    const errs = errorsOf({
      seed: 1,
      engine: { blockSize: 12, blcokSize: 16, policy: 'lifo' },
      workload: { ...workload, numRequests: 0, arrival: { process: 'poisson' }, promptTokens: { dist: 'uniform', min: 9, max: 3 }, outputTokens: { dist: 'zipf' } },
    });
    expect(errs).toEqual(
      expect.arrayContaining([
        'engine.blockSize: must be one of 1, 8, 16, 32, 64, 128, 256',
        'engine.blcokSize: unknown field',
        'engine.policy: must be "fcfs" or "priority"',
        'workload.numRequests: must be ≥ 1',
        'workload.arrival.rate: is required',
        'workload.promptTokens.max: must be ≥ min',
        'workload.outputTokens.dist: must be one of "fixed", "uniform", "lognormal", "sharegpt"',
      ]),
    );
  });

  it('checks requests, cross-references and start-up limits', () => {
    expect(errorsOf({ seed: 1 })).toEqual(['(scenario): needs a "workload" or a non-empty "requests" list']);
    expect(errorsOf({ seed: -1, workload })).toEqual(['seed: must be ≥ 0']);
    expect(
      errorsOf({
        seed: 1,
        requests: [
          { id: 'a', prompt: 10, outputTokens: 2 },
          { id: 'a', prompt: [{ seed: 1, tokens: 4 }], outputTokens: 2, after: { id: 'zz' } },
        ],
      }),
    ).toEqual(['requests[1].id: duplicate id "a"', 'requests[1].after.id: no request with id "zz"']);
    expect(errorsOf({ seed: 1, requests: [{ id: 'a', prompt: [], outputTokens: 2 }] })).toEqual(['requests[0].prompt: must not be empty']);
    expect(errorsOf({ seed: 1, engine: { numGpuBlocks: 10, maxModelLen: 2048 }, workload })[0]).toMatch(/^engine\.numGpuBlocks: /);
    expect(errorsOf({ seed: 1, engine: { kvAllocator: 'contiguous', parallelSampling: 'fork' }, workload })[0]).toMatch(/^engine\.parallelSampling: /);
    expect(errorsOf({ seed: 1, engine: { costModel: 'nope' }, workload })[0]).toMatch(/^engine\.costModel: unknown cost model/);
  });

  it('validates the speculative and lora sections, naming the field', () => {
    expect(errorsOf({ seed: 1, workload, engine: { speculative: { method: 'eagle', numSpeculativeTokens: 0 } } })).toEqual(['engine.speculative.numSpeculativeTokens: must be ≥ 1']);
    expect(errorsOf({ seed: 1, workload, engine: { speculative: { method: 'medusa', numSpeculativeTokens: 2 } } })[0]).toMatch(/^engine\.speculative\.method: must be one of/);
    expect(errorsOf({ seed: 1, workload, engine: { speculative: { method: 'eagle', numSpeculativeTokens: 2, acceptanceRate: 1.5 } } })[0]).toMatch(/^engine\.speculative\.acceptanceRate/);
    expect(errorsOf({ seed: 1, workload, engine: { speculative: { method: 'draft_model', numSpeculativeTokens: 2, draftParamsB: 70, targetParamsB: 8 }, lora: { maxLoras: 4, maxCpuLoras: 2 } } })).toEqual([
      'engine.speculative.draftParamsB: the drafter (70B) must be smaller than the target model (8B)',
      'engine.lora.maxCpuLoras: must be ≥ maxLoras (4), got 2',
    ]);
    expect(errorsOf({ seed: 1, workload, engine: { lora: { maxLoraRank: 12 } } })[0]).toMatch(/^engine\.lora\.maxLoraRank: must be one of/);
    expect(errorsOf({ seed: 1, workload, engine: { swapSpace: 4 } })).toEqual(['engine.swapSpace: removed in vLLM 0.18 (PR #36216): preemption is recompute-only']);
    expect(errorsOf({ seed: 1, workload, engine: { watermark: 1 } })).toEqual(['engine.watermark: must be ≥ 0 and < 1']);
    expect(errorsOf({ seed: 1, workload, engine: { batching: 'static', speculative: { method: 'eagle', numSpeculativeTokens: 2 } } })[0]).toMatch(/^engine\.speculative: the static batching baseline/);
  });

  it('checks request adapters against engine.lora', () => {
    const req = { id: 'a', prompt: 10, outputTokens: 5, lora: 'sql' };
    expect(errorsOf({ seed: 1, requests: [req] })).toEqual(['requests[0].lora: adapter "sql" needs engine.lora (LoRA is not enabled)']);
    expect(errorsOf({ seed: 1, requests: [req], engine: { lora: { maxLoras: 2, adapters: { chat: 8 } } } })).toEqual(['requests[0].lora: unknown adapter "sql" (engine.lora.adapters has chat)']);
    expect(errorsOf({ seed: 1, requests: [req], engine: { lora: { maxLoras: 2, adapters: { sql: 8 } } } })).toEqual([]);
    expect(errorsOf({ seed: 1, requests: [req], engine: { lora: { maxLoras: 2, adapters: ['sql', 'chat'] } } })).toEqual([]);
    expect(errorsOf({ seed: 1, requests: [req], engine: { lora: { maxLoras: 2, adapters: ['chat'] } } })).toEqual(['requests[0].lora: unknown adapter "sql" (engine.lora.adapters has chat)']);
    expect(errorsOf({ seed: 1, requests: [{ id: 'b', prompt: 10, outputTokens: 5, ignoreEos: true }] })).toEqual(['requests[0].ignoreEos: needs maxTokens (otherwise nothing ends the request)']);
  });
});
