/**
 * The batching widget's model per animation frame (issue 6): with 256 requests running, the
 * mean wall time to record one continuous engine step (events, segments, the derived "why"),
 * catch the static run up to the same time, and compute what the panels show for the new frame
 * (both runs' figures so far, the step's explanation). Must stay well under 16 ms.
 */
import { explainStep } from '../../src/ui/widgets/batching/explain.ts';
import { frameCount, frameTime } from '../../src/widget-models/batching/frames.ts';
import { metricsAt } from '../../src/widget-models/batching/liveMetrics.ts';
import { startSimulation } from '../../src/widget-models/batching/simulate.ts';
import { BATCH_PRESETS } from '../../src/widget-models/batching/presets.ts';
import type { BenchResult } from './types.ts';

const RUNNING = 256;

/** Mean ms per frame over the frames where `RUNNING` requests are in the batch. */
function meanFrameMs(): number {
  const job = startSimulation(BATCH_PRESETS['stress-256'].settings);
  const { sim } = job;
  let total = 0;
  let frames = 0;
  for (;;) {
    const t0 = performance.now();
    const more = job.stepOnce();
    const cont = sim.cont;
    const step = cont?.steps[cont.steps.length - 1];
    if (!more || !cont || !sim.stat || !step) break;
    const f = frameCount(sim) - 1;
    const t = frameTime(sim, f);
    metricsAt(cont, sim.workload, t);
    metricsAt(sim.stat, sim.workload, t);
    explainStep(sim, step, 'continuous');
    const ms = performance.now() - t0;
    if (step.running === RUNNING) {
      total += ms;
      frames++;
    }
  }
  if (frames === 0) throw new Error(`batching bench: the batch never reached ${RUNNING} running requests`);
  return total / frames;
}

export async function run(): Promise<BenchResult[]> {
  meanFrameMs(); // warm up the JIT
  const ms = meanFrameMs();
  return [{ key: 'batching_widget_step_ms', value: Number(ms.toFixed(3)), unit: 'ms', target: '< 16 ms (well under)' }];
}
