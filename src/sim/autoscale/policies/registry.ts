/** Scaling policies by `kind`. A new policy is one factory added here; the simulator is unchanged. */
import type { PolicyConfig } from '../types.ts';
import { createFixedPolicy } from './fixedPolicy.ts';
import { createHpaPolicy, createKedaPolicy } from './hpaPolicy.ts';
import { createKpaPolicy } from './kpaPolicy.ts';
import type { PolicyFactory, ScalingPolicy } from './policy.ts';

export const BUILTIN_POLICIES: Readonly<Record<string, PolicyFactory>> = {
  kpa: createKpaPolicy,
  hpa: createHpaPolicy,
  keda: createKedaPolicy,
  fixed: createFixedPolicy,
};

/**
 * Builds the policy a configuration names.
 * @throws Error naming `policy.kind` when the registry has no such policy
 */
export function createPolicy(config: PolicyConfig, registry: Readonly<Record<string, PolicyFactory>> = BUILTIN_POLICIES): ScalingPolicy {
  const factory = Object.hasOwn(registry, config.kind) ? registry[config.kind] : undefined;
  if (!factory) throw new Error(`policy.kind: unknown policy "${String(config.kind)}" (known: ${Object.keys(registry).join(', ')})`);
  return factory(config);
}
