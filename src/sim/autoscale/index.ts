/**
 * Autoscaling: the Knative Pod Autoscaler's decider (faithful to knative-v1.23.0), its
 * defaults, and the decider-case replay used by `npm run sim -- kpa`. See
 * docs/autoscaler-model.md and docs/kpa-cli.md.
 */
export * from './types.ts';
export { KpaDecider, INVALID_SCALE_RESULT, TICK_INTERVAL_S } from './kpaDecider.ts';
export { MaxWindow, MaxTimeWindow } from './maxTimeWindow.ts';
export { KNATIVE_VERSION, KNATIVE_DEFAULTS, resolveMetricTarget, panicWindowS, deciderSpecFrom } from './knativeDefaults.ts';
export { parseKpaCase, runKpaCase, type ParseResult } from './kpaCase.ts';
