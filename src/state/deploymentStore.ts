/**
 * The deployment module's own progress: which steps the learner has done and the choices that
 * carry through its lessons into the plan bundle. Persisted beside course progress with the same
 * machinery (versioned, validated, an unreadable save set aside and reported).
 *
 * Format history:
 * 1 — `{ done: {stepId: doneAt}, choices }`.
 */
import * as v from 'valibot';
import { useStore } from 'zustand';
import { DEFAULT_CHOICES, PLAN_PATTERNS, PLAN_ROUTES, type DeploymentChoices } from '../content/deployment/choices.ts';
import { createPersistedStore, type PersistedOptions } from './persisted.ts';

const Int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const ChoicesSchema = v.object({
  modelId: v.pipe(v.string(), v.maxLength(64)),
  gpuId: v.pipe(v.string(), v.maxLength(64)),
  pattern: v.picklist(PLAN_PATTERNS),
  route: v.picklist(PLAN_ROUTES),
  minReplicas: Int(0, 64),
  maxReplicas: Int(1, 64),
  namespace: v.pipe(v.string(), v.maxLength(63)),
  maxModelLen: Int(256, 1_048_576),
  target: Int(1, 1024),
  qps: v.pipe(v.number(), v.minValue(0.01), v.maxValue(10_000)),
});

export const DeploymentStateSchema = v.object({
  /** Step id → when it was ticked (ms since epoch). */
  done: v.record(v.string(), v.number()),
  choices: ChoicesSchema,
});

export type DeploymentState = v.InferOutput<typeof DeploymentStateSchema>;

export const DEPLOYMENT_KEY = 'serving-lab:deployment';
export const DEPLOYMENT_VERSION = 1;

export const deploymentOptions: PersistedOptions<DeploymentState> = {
  key: DEPLOYMENT_KEY,
  version: DEPLOYMENT_VERSION,
  migrations: {},
  formats: {},
  schema: DeploymentStateSchema,
  initial: () => ({ done: {}, choices: { ...DEFAULT_CHOICES } }),
  label: 'deployment checklist and plan',
};

export const deploymentStore = createPersistedStore(deploymentOptions);

export function useDeployment<T>(select: (s: DeploymentState) => T): T {
  return useStore(deploymentStore, select);
}

/** Ticks or unticks a step. */
export function setStepDone(id: string, done: boolean, now = Date.now()): void {
  const { done: prev } = deploymentStore.getState();
  if (done === id in prev) return;
  const next = { ...prev };
  if (done) next[id] = now;
  else delete next[id];
  deploymentStore.setState({ done: next });
}

export function setChoices(patch: Partial<DeploymentChoices>): void {
  deploymentStore.setState({ choices: { ...deploymentStore.getState().choices, ...patch } });
}
