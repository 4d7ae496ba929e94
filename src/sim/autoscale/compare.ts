/** Several policies on the same seed and traffic, for side-by-side panels. */
import { simulateAutoscaling } from './simulate.ts';
import type { AutoscaleConfigInput, AutoscaleResult, PolicyConfig } from './types.ts';

/**
 * Runs `base` once per policy; everything else (seed, traffic, pods, cold start) is shared, so the
 * arrivals are identical and differences come from the policies alone.
 * @example compareAutoscalers(base, [{ kind: 'kpa' }, { kind: 'fixed', replicas: 2 }])
 */
export function compareAutoscalers(base: Omit<AutoscaleConfigInput, 'policy'>, policies: readonly PolicyConfig[]): AutoscaleResult[] {
  return policies.map((policy) => simulateAutoscaling({ ...base, policy }));
}
