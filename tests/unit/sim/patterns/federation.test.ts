/** Federation: home-region routing, spill-over when a region saturates, failover when one fails. */
import { describe, expect, it } from 'vitest';
import { FEDERATION_DEFAULTS, runFederation } from '../../../../src/sim/patterns/federation.ts';
import { buildReport } from '../../../../src/sim/patterns/report.ts';
import { generatePatternWorkload } from '../../../../src/sim/patterns/workloads.ts';
import type { PatternRunInput } from '../../../../src/sim/patterns/types.ts';

const input: PatternRunInput = { workload: 'chat', qps: 4, gpus: 8, seed: 2, modelId: 'qwen2.5-32b', gpuId: 'h100-sxm-80gb', durationS: 90 };
const wl = generatePatternWorkload('chat', input.qps, input.durationS, input.seed);

describe('federation', () => {
  it('serves every request at home when no region is saturated', () => {
    const run = runFederation(input, wl, { tp: 2, ...FEDERATION_DEFAULTS });
    expect(run.extras['spilled_conversations']).toBe(0);
    expect(run.outcomes.every((o) => o.extraUs === 0 && !o.failed)).toBe(true);
    expect(run.outcomes).toHaveLength(wl.requests.length);
  });

  it('spills requests to the other region under load, paying the round trip', () => {
    const busy: PatternRunInput = { ...input, workload: 'summarize', qps: 6, gpus: 4, durationS: 60 };
    const long = generatePatternWorkload('summarize', busy.qps, busy.durationS, busy.seed);
    const run = runFederation(busy, long, { tp: 2, ...FEDERATION_DEFAULTS });
    expect(Number(run.extras['spilled_conversations'])).toBeGreaterThan(0);
    expect(run.outcomes.some((o) => o.extraUs === FEDERATION_DEFAULTS.rttMs * 1000)).toBe(true);
    // Never spilling keeps every request at home.
    const never = runFederation(busy, long, { tp: 2, ...FEDERATION_DEFAULTS, spillWaitingPerReplica: Infinity });
    expect(never.outcomes.every((o) => o.extraUs === 0)).toBe(true);
    const r = buildReport('federation', busy, long.slo, run);
    const rn = buildReport('federation', busy, long.slo, never);
    expect(r.ttft_p90_s).toBeLessThan(rn.ttft_p90_s);
  });

  it('fails over when region 0 goes down: its requests in flight are lost, new conversations go to region 1', () => {
    const run = runFederation(input, wl, { tp: 2, ...FEDERATION_DEFAULTS, failRegion0AtS: 45 });
    const failed = run.outcomes.filter((o) => o.failed).length;
    expect(failed).toBeGreaterThan(0);
    expect(Number(run.extras['failed_over_conversations'])).toBeGreaterThan(0);
    expect(run.outcomes).toHaveLength(wl.requests.length);
    const healthy = runFederation(input, wl, { tp: 2, ...FEDERATION_DEFAULTS });
    expect(run.gpuSeconds).toBeLessThan(healthy.gpuSeconds);
  });
});
