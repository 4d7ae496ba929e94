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
        'engine.blockSize: must be one of 1, 8, 16, 32, 64, 128',
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
});
