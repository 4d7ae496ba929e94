import { startClusterTimeline, type ClusterTimeline, type TimelineJob } from '../../sim/cluster/index.ts';
import type { ModelJob, WidgetModel } from '../model.ts';
import { configOf, workloadOf } from './buildRun.ts';
import { FRAME_US, type RoutingSettings } from './settings.ts';

/** The two sides' timelines (same workload, same seed), or why the settings cannot run. */
export interface RoutingRuns {
  readonly a: ClusterTimeline | null;
  readonly b: ClusterTimeline | null;
  /** Why the settings cannot run (e.g. the model does not fit), or null. */
  readonly error: string | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Starts both sides; a configuration that cannot run comes back as `error`, with no runs. */
export function startRoutingRuns(s: RoutingSettings): ModelJob<RoutingRuns> {
  let jobs: [TimelineJob, TimelineJob];
  try {
    const wl = workloadOf(s);
    jobs = [startClusterTimeline(configOf(s, 'a'), wl, FRAME_US), startClusterTimeline(configOf(s, 'b'), wl, FRAME_US)];
  } catch (e) {
    return { sim: { a: null, b: null, error: message(e) }, advance: () => true };
  }
  const [a, b] = jobs;
  const sim: { -readonly [K in keyof RoutingRuns]: RoutingRuns[K] } = { a: a.timeline, b: b.timeline, error: null };
  return {
    sim,
    advance(ms) {
      try {
        // Alternate so both sides grow together; a finished side costs nothing.
        const doneA = a.advance(ms / 2);
        const doneB = b.advance(ms / 2);
        return doneA && doneB;
      } catch (e) {
        a.timeline.done = true;
        b.timeline.done = true;
        sim.error = message(e);
        return true;
      }
    },
  };
}

/** The routing widget's model: one workload through two gateway/cluster configurations. */
export const routingModel: WidgetModel<RoutingSettings, RoutingRuns> = { id: 'routing', start: startRoutingRuns };
