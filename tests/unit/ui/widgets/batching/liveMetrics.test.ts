import { describe, expect, it } from 'vitest';
import { frameCount, frameTime } from '../../../../../src/widget-models/batching/frames.ts';
import { metricsAt } from '../../../../../src/widget-models/batching/liveMetrics.ts';
import { BATCH_PRESETS } from '../../../../../src/widget-models/batching/presets.ts';
import { simulate } from '../../../../../src/widget-models/batching/simulate.ts';

describe('batching figures mid-run are like for like', () => {
  const sim = simulate(BATCH_PRESETS.saturated.settings);
  const cont = sim.cont;
  const stat = sim.stat;
  if (!cont || !stat) throw new Error(sim.error ?? 'no run');
  const frames = frameCount(sim);

  it('every arrived request counts in TTFT, the waiting ones with their wait so far', () => {
    let sawWaiting = false;
    for (const f of [Math.floor(frames / 4), Math.floor(frames / 2), Math.floor((3 * frames) / 4)]) {
      const t = frameTime(sim, f);
      const arrived = sim.workload.reqs.filter((r) => r.arrivalUs <= t);
      for (const run of [cont, stat]) {
        const m = metricsAt(run, sim.workload, t);
        const served = arrived.filter((r) => {
          const x = run.times[sim.workload.reqs.indexOf(r)];
          return x !== undefined && x.firstTokenUs >= 0 && x.firstTokenUs <= t;
        });
        expect(m.ttft.count).toBe(arrived.length);
        expect(m.waiting).toBe(arrived.length - served.length);
        if (m.waiting > 0) {
          sawWaiting = true;
          // The longest wait so far is at least the oldest waiting request's age.
          const oldest = Math.max(...arrived.filter((r) => !served.includes(r)).map((r) => (t - r.arrivalUs) / 1e6));
          expect(m.ttft.max).toBeGreaterThanOrEqual(oldest - 1e-9);
        }
      }
    }
    expect(sawWaiting).toBe(true);
  });

  it('static batching never looks faster mid-run by leaving its queued requests out', () => {
    // Counting served requests only, static batching's TTFT p50 beat continuous batching's on
    // over 100 frames of each of these presets while it had more requests waiting.
    for (const id of ['sandbox', 'late-arrivals', 'preemption'] as const) {
      const run = simulate(BATCH_PRESETS[id].settings);
      if (!run.cont || !run.stat) throw new Error(run.error ?? 'no run');
      const n = frameCount(run);
      for (let f = 1; f < n; f++) {
        const t = frameTime(run, f);
        const c = metricsAt(run.cont, run.workload, t);
        const s = metricsAt(run.stat, run.workload, t);
        if (c.ttft.count > 0) expect(s.ttft.p50, `${id} frame ${f}`).toBeGreaterThanOrEqual(c.ttft.p50);
      }
    }
  });

  it('after the run nobody is counted as waiting', () => {
    expect(metricsAt(cont, sim.workload, Infinity).waiting).toBe(0);
    expect(metricsAt(stat, sim.workload, frameTime(sim, frames - 1) + 1e12).waiting).toBe(0);
  });
});

describe('the saturated preset says what the model shows', () => {
  it('continuous batching keeps up (queue in milliseconds); static batching falls seconds behind', () => {
    const sim = simulate(BATCH_PRESETS.saturated.settings);
    if (!sim.cont || !sim.stat) throw new Error(sim.error ?? 'no run');
    expect(BATCH_PRESETS.saturated.title).toMatch(/static batching can keep up/);
    expect(metricsAt(sim.cont, sim.workload, Infinity).queue.p90).toBeLessThan(0.1);
    expect(metricsAt(sim.stat, sim.workload, Infinity).queue.p90).toBeGreaterThan(1);
  });
});
