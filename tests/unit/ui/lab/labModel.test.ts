/**
 * The Lab's model without the page: an all-auto run is the pattern CLI's run, the components
 * change what runs, the worker model grades a challenge and computes par in a second step, and
 * the explanations are built from the report's own figures.
 */
import { describe, expect, it } from 'vitest';
import { findChallenge, parConfig, parScore, startConfig, type LabChallenge } from '../../../../src/content/lab/challenges.ts';
import { runPattern } from '../../../../src/sim/patterns/catalog.ts';
import { canonical, knobsOf, LAB_DEFAULTS, PATTERN_IDS, routerChoices, type LabConfig } from '../../../../src/widget-models/lab/config.ts';
import { explainRun } from '../../../../src/widget-models/lab/explain.ts';
import { startLab } from '../../../../src/widget-models/lab/model.ts';
import { runLab } from '../../../../src/widget-models/lab/run.ts';

const light = (o: Partial<LabConfig>): LabConfig => ({ ...LAB_DEFAULTS, qps: 3, ...o });

describe('Lab runs', () => {
  it('with every component on auto, a Lab run is exactly the pattern CLI’s run', () => {
    for (const pattern of PATTERN_IDS) {
      const c = light({ pattern });
      const cli = runPattern(pattern, { workload: c.workload, qps: c.qps, gpus: c.gpus, seed: c.seed, modelId: c.model, gpuId: c.gpu, durationS: c.durationS });
      expect(runLab(c), pattern).toEqual(cli);
    }
  });

  it('components change the run: P/D split, TP degree, regions, the Service mode', () => {
    expect(runLab(light({ pattern: 'disaggregated', prefill: 1 })).extras['prefill_replicas']).toBe(1);
    expect(runLab(light({ pattern: 'tensor-parallel', tp: 4 })).tp).toBe(4);
    expect(runLab(light({ pattern: 'federation', regions: 4 })).extras['regions']).toBe(4);
    const failed = runLab(light({ pattern: 'federation', failover: true }));
    expect(failed.failed).toBeGreaterThan(0);
    expect(runLab(light({ pattern: 'replicated', router: 'random' }))).not.toEqual(runLab(light({ pattern: 'replicated' })));
  });

  it('refuses components that cannot run, with a message for the learner', () => {
    expect(() => runLab(light({ pattern: 'tensor-parallel', tp: 1 }))).toThrow(/needs at least TP 2/);
    expect(() => runLab(light({ pattern: 'disaggregated', prefill: 4 }))).toThrow(/no decode replica/);
    expect(() => runLab(light({ gpus: 1 }))).toThrow(/qwen2.5-32b/);
  });

  it('knobs belong to their patterns; canonical() resets the others', () => {
    expect(knobsOf('single-instance')).toEqual([]);
    expect(routerChoices('replicated')).toEqual(['round-robin', 'random']);
    expect(routerChoices('caching-first')[0]).toBe('llm-d-default');
    expect(canonical({ ...LAB_DEFAULTS, pattern: 'replicated', tp: 8, regions: 4, router: 'random' })).toMatchObject({ tp: 0, regions: 2, router: 'random' });
  });
});

describe('the Lab worker model', () => {
  it('grades a challenge run, then computes par in a second step', () => {
    const ch = findChallenge('fix-one-giant-replica') as LabChallenge;
    const job = startLab({ config: startConfig(ch), challenge: { goal: ch.goal, par: parConfig(ch) } });
    expect(job.advance(50)).toBe(false);
    expect(job.sim.grade?.passed).toBe(false);
    expect(job.sim.par).toBeNull();
    expect(job.advance(50)).toBe(true);
    expect(job.sim.par).toBe(parScore(ch));
  });

  it('reports a configuration that cannot run as an error', () => {
    const job = startLab({ config: { ...LAB_DEFAULTS, gpus: 1 }, challenge: null });
    expect(job.advance(50)).toBe(true);
    expect(job.sim.report).toBeNull();
    expect(job.sim.error).toMatch(/qwen2.5-32b/);
  });
});

describe('explanations', () => {
  it('state the objectives, the attainment and what the pattern did, from the report', () => {
    const c = light({ pattern: 'caching-first' });
    const r = runLab(c);
    const e = explainRun(c, r);
    expect(e.slo[0]).toMatch(/within 1 s and at most 50 ms/);
    expect(e.slo[1]).toContain(`${(r.slo_attainment * 100).toFixed(1)} %`);
    expect(e.why.join(' ')).toContain(`${(r.prefix_hit_rate * 100).toFixed(1)} %`);
  });

  it('describe the router profile actually chosen, and the GPU’s own interconnect', () => {
    const c = light({ pattern: 'caching-first', router: 'load-only' });
    expect(explainRun(c, runLab(c)).why[0]).toMatch(/Load only \(queue 2, KV 2\).*without the prefix scorer/);
    const tp = light({ pattern: 'tensor-parallel', gpu: 'l40s-48gb', model: 'llama-3.1-8b', gpus: 4 });
    expect(explainRun(tp, runLab(tp)).why[0]).toMatch(/PCIe Gen4/);
  });

  it('name the missed objective and the lost requests of a failed region', () => {
    const giant = light({ pattern: 'tensor-parallel', tp: 8, workload: 'summarize', qps: 7 });
    const slo = explainRun(giant, runLab(giant)).slo.join(' ');
    expect(slo).toMatch(/Missed: more than 10 % waited longer than 5 s/);
    const fed = light({ pattern: 'federation', failover: true });
    expect(explainRun(fed, runLab(fed)).why.join(' ')).toMatch(/requests were lost/);
  });
});
