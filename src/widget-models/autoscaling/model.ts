/**
 * The autoscaling widget's model: the same seeded traffic served under the KPA, under HPA or
 * KEDA, and by a fixed replica count. One policy is simulated per `advance` call, so the first
 * (the KPA) is on screen while the others compute.
 */
import { coldStartPhases, resolveAutoscaleConfig, simulateAutoscaling, type AutoscaleResult, type ColdStartPhase } from '../../sim/autoscale/index.ts';
import { findModel, weightBytesPerGpu } from '../../sim/cost/index.ts';
import type { ModelJob, WidgetModel } from '../model.ts';
import { baseOf, policiesOf } from './buildRun.ts';
import { FOCI, type AutoscalingSettings } from './settings.ts';

export interface AutoscalingRuns {
  /** One run per policy, in `FOCI` order (kpa, alt, fixed); null until computed. */
  readonly runs: readonly (AutoscaleResult | null)[];
  /** A new pod's cold start for the chosen model and storage, on a node that already has the runtime image. */
  readonly waterfall: readonly ColdStartPhase[];
  /** Why the settings cannot run, or null. */
  readonly error: string | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The cold start of one pod on a warm node (image cached, model not), from the run's own config. */
export function referenceWaterfall(s: AutoscalingSettings): ColdStartPhase[] {
  const base = baseOf(s);
  const config = resolveAutoscaleConfig({ ...base, policy: { kind: 'fixed', replicas: 1 } });
  const arch = findModel(config.pod.modelId);
  if (!arch) throw new Error(`model: “${config.pod.modelId}” is not in the catalog`);
  const bytes = weightBytesPerGpu(arch, 'bf16', 1);
  return coldStartPhases(config.coldStart, bytes, { imageAtS: 0, modelAtS: null }, 0, 0);
}

/** Starts the three runs. A configuration that cannot run comes back as `error`. */
export function startAutoscalingRuns(s: AutoscalingSettings): ModelJob<AutoscalingRuns> {
  const runs: (AutoscaleResult | null)[] = FOCI.map(() => null);
  const sim: { -readonly [K in keyof AutoscalingRuns]: AutoscalingRuns[K] } = { runs, waterfall: [], error: null };
  let next = 0;
  try {
    sim.waterfall = referenceWaterfall(s);
  } catch (e) {
    sim.error = message(e);
    return { sim, advance: () => true };
  }
  const base = baseOf(s);
  const policies = policiesOf(s);
  return {
    sim,
    advance() {
      // A run is not divisible; each takes well under a second, and the worker keeps it off the page.
      const focus = FOCI[next];
      if (focus === undefined || sim.error) return true;
      try {
        runs[next] = simulateAutoscaling({ ...base, policy: policies[focus] });
      } catch (e) {
        sim.error = message(e);
        return true;
      }
      next++;
      return next >= FOCI.length;
    },
  };
}

/** The autoscaling widget's model. */
export const autoscalingModel: WidgetModel<AutoscalingSettings, AutoscalingRuns> = { id: 'autoscaling', start: startAutoscalingRuns };
