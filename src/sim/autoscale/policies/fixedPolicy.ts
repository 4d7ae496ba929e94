/** A fixed replica count: the baseline every autoscaler is compared with. */
import type { FixedPolicyConfig, PolicyConfig } from '../types.ts';
import type { ScalingPolicy } from './policy.ts';

export function createFixedPolicy(config: PolicyConfig): ScalingPolicy {
  const c = config as FixedPolicyConfig;
  if (!Number.isInteger(c.replicas) || c.replicas < 1) throw new Error(`policy.replicas: must be an integer ≥ 1 (got ${String(c.replicas)})`);
  return {
    kind: 'fixed',
    label: `fixed (${c.replicas} replicas)`,
    decisionIntervalS: 2,
    initialPods: c.replicas,
    containerConcurrency: 0,
    record() {},
    decide: () => ({ desiredPods: c.replicas, activatorInPath: false, panicking: false }),
    poke: () => false,
  };
}
