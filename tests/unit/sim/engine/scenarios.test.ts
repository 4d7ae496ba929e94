/** Every example in scenarios/ runs to completion (the CLI validates the same files against its schema). */
import { describe, expect, it } from 'vitest';
import { runScenario, type Scenario } from '../../../../src/sim/engine/scenario.ts';

const files = import.meta.glob<Scenario>('/scenarios/*.json', { eager: true, import: 'default' });

describe('scenarios/', () => {
  it('has at least five examples', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(5);
  });

  for (const [path, scenario] of Object.entries(files)) {
    it(`${path} runs and finishes every request`, () => {
      const res = runScenario(scenario);
      expect(res.metrics.num_requests).toBeGreaterThan(0);
      expect(res.metrics.num_finished).toBe(res.metrics.num_requests);
      expect(res.scenario.seed).toBe(scenario.seed);
      expect(JSON.parse(JSON.stringify(res))).toBeTruthy();
    });
  }
});
