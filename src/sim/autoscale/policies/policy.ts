/**
 * The interface every scaling policy implements. The simulator feeds it one `SecondSample` per
 * second (what the real metric pipelines would collect), asks it for a decision every
 * `decisionIntervalS`, and applies the decision; a policy never touches pods itself.
 */
import type { PolicyConfig, PolicyDecision, PolicyObservation, SecondSample } from '../types.ts';

export interface ScalingPolicy {
  /** Registry key, e.g. `kpa`. */
  readonly kind: PolicyConfig['kind'];
  /** Shown in the UI, e.g. "KPA (concurrency, target 8/pod)". */
  readonly label: string;
  readonly decisionIntervalS: number;
  /** Pods that exist, ready, at t = 0. */
  readonly initialPods: number;
  /** Hard per-pod limit the activator respects (`containerConcurrency`); 0 = none. */
  readonly containerConcurrency: number;
  record(sample: SecondSample): void;
  decide(obs: PolicyObservation): PolicyDecision;
  /**
   * A request reached the activator while the revision is at zero. Knative's activator reports
   * the first request at once and the autoscaler re-decides on it; true = decide now.
   */
  poke(nowS: number): boolean;
}

/** Builds a policy from its configuration. */
export type PolicyFactory = (config: PolicyConfig) => ScalingPolicy;
