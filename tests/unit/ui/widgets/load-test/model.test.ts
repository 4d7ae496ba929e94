import { describe, expect, it } from 'vitest';
import { runPattern } from '../../../../../src/sim/patterns/index.ts';
import { sweepToCsv, sweepToJson } from '../../../../../src/widget-models/load-test/export.ts';
import { startLoadTest } from '../../../../../src/widget-models/load-test/model.ts';
import { DEFAULT_SETTINGS, GPU_ID, patternsOf, sweepRates, type LoadTestSettings } from '../../../../../src/widget-models/load-test/settings.ts';
import { kneeOf, runPoint, type LoadPoint } from '../../../../../src/widget-models/load-test/sweep.ts';
import { WIDGET_MODELS } from '../../../../../src/widget-models/registry.ts';

const small: LoadTestSettings = { ...DEFAULT_SETTINGS, model: 'llama-3.1-8b', gpus: 2, maxQps: 12, points: 4, durationS: 30 };
const point = (qps: number, sloAttainment: number): LoadPoint => ({ qps, requests: 1, ttftP50S: 0, ttftP99S: 0, tpotP50Ms: 0, tpotP99Ms: 0, sloAttainment, goodputRps: qps * sloAttainment, outputTokensPerS: 0, prefixHitRate: 0, gpuHours: 0 });

describe('load-test model', () => {
  it('is registered for the worker', () => {
    expect(WIDGET_MODELS['load-test']).toBeDefined();
  });

  it('sweeps evenly spaced rates up to the top, one or two patterns', () => {
    expect(sweepRates({ maxQps: 40, points: 8 })).toEqual([5, 10, 15, 20, 25, 30, 35, 40]);
    expect(sweepRates({ maxQps: 10, points: 3 })).toEqual([3.33, 6.67, 10]);
    expect(patternsOf({ patternA: 'replicated', patternB: 'none' })).toEqual(['replicated']);
    expect(patternsOf({ patternA: 'replicated', patternB: 'replicated' })).toEqual(['replicated']);
    expect(patternsOf({ patternA: 'replicated', patternB: 'caching-first' })).toEqual(['replicated', 'caching-first']);
  });

  it('a point agrees with the pattern CLI’s report for the same run', () => {
    const p = runPoint('caching-first', small, 6);
    const r = runPattern('caching-first', { workload: 'chat', qps: 6, gpus: 2, seed: 1, modelId: 'llama-3.1-8b', gpuId: GPU_ID, durationS: 30 });
    expect(p.ttftP50S).toBeCloseTo(r.ttft_p50_s, 3);
    expect(p.tpotP50Ms).toBeCloseTo(r.itl_p50_ms, 1);
    expect(p.sloAttainment).toBe(r.slo_attainment);
    expect(p.requests).toBe(r.requests);
    expect(p.goodputRps).toBeCloseTo(6 * r.slo_attainment, 3);
    expect(p.ttftP99S).toBeGreaterThanOrEqual(r.ttft_p90_s);
    expect(p.tpotP99Ms).toBeGreaterThanOrEqual(r.itl_p90_ms);
  });

  it('hands out one point per advance, interleaving patterns, and is deterministic', () => {
    const job = startLoadTest(small);
    expect(job.sim.total).toBe(8);
    expect(job.advance(10)).toBe(false);
    expect(job.sim.series[0]?.points[0]).not.toBeNull();
    expect(job.sim.series[1]?.points[0]).toBeNull();
    expect(job.advance(10)).toBe(false);
    expect(job.sim.series[1]?.points[0]).not.toBeNull();
    while (!job.advance(10));
    expect(job.sim.done).toBe(8);
    const again = startLoadTest(small);
    while (!again.advance(10));
    expect(JSON.stringify(again.sim)).toBe(JSON.stringify(job.sim));
    // Latency grows with load, and the objectives come from the workload.
    const pts = job.sim.series[0]?.points as LoadPoint[];
    expect(pts[3]?.tpotP50Ms).toBeGreaterThan(pts[0]?.tpotP50Ms ?? Infinity);
    expect([job.sim.sloTtftS, job.sim.sloItlMs]).toEqual([1, 50]);
  });

  it('reports a pattern that cannot run the settings instead of throwing', () => {
    const job = startLoadTest({ ...small, model: 'llama-3.1-70b', gpus: 2, patternA: 'replicated', patternB: 'none' });
    while (!job.advance(10));
    expect(job.sim.series[0]?.error).toBe('a budget of 2 GPUs gives 0 replica(s) of TP 4 for llama-3.1-70b; this pattern needs at least 1 (use 4 GPUs or more)');
  });

  it('the knee is the last rate before SLO attainment falls below 90 %', () => {
    expect(kneeOf([point(1, 1), point(2, 0.95), point(3, 0.5), point(4, 0.95)])).toEqual({ qps: 2, index: 1, beyond: false });
    expect(kneeOf([point(1, 0.5), point(2, 0.2)])).toEqual({ qps: null, index: -1, beyond: false });
    expect(kneeOf([point(1, 1), point(2, 1)])).toEqual({ qps: 2, index: 1, beyond: true });
    expect(kneeOf([point(1, 1), null])).toEqual({ qps: 1, index: 0, beyond: false });
  });

  it('exports CSV and JSON with one row per computed point', () => {
    const job = startLoadTest(small);
    job.advance(10);
    job.advance(10);
    job.advance(10);
    const csv = sweepToCsv(job.sim, small).trim().split('\n');
    expect(csv[0]).toBe('pattern,workload,model,gpus,request_rate,requests,ttft_p50_s,ttft_p99_s,tpot_p50_ms,tpot_p99_ms,slo_attainment,goodput_rps,output_tokens_per_s,prefix_hit_rate,gpu_hours');
    expect(csv).toHaveLength(4);
    expect(csv[1]?.startsWith('replicated,chat,llama-3.1-8b,2,3,')).toBe(true);
    const json = JSON.parse(sweepToJson(job.sim, small)) as { complete: boolean; slo: { ttft_s: number }; series: { pattern: string; points: unknown[] }[] };
    expect(json.complete).toBe(false);
    expect(json.slo.ttft_s).toBe(1);
    expect(json.series.map((s) => s.points.length)).toEqual([2, 1]);
  });
});
