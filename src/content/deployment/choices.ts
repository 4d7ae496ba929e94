/**
 * The learner's deployment choices, carried through the deployment module: what they mean for the
 * manifest, and which combinations make sense. Pure data and functions; the store persists them.
 */
import { buildManifest, DEFAULT_BUILD, hfRepoOf, resourceNameFor, type ManifestChoices } from '../../manifests/index.ts';
import { findModel } from '../../sim/cost/index.ts';
import { tpForContext } from '../../sim/patterns/index.ts';

/** The patterns one manifest can deploy (P/D, tiers and federation need more than one). */
export const PLAN_PATTERNS = ['single-instance', 'replicated', 'autoscaling-pool', 'caching-first'] as const;
export type PlanPattern = (typeof PLAN_PATTERNS)[number];

/**
 * What the plan deploys: an InferenceService in KServe's Standard or Knative mode, or an
 * LLMInferenceService (KServe's llm-d integration: InferencePool and the llm-d Endpoint Picker).
 */
export const PLAN_ROUTES = ['isvc-standard', 'isvc-knative', 'llmisvc'] as const;
export type PlanRoute = (typeof PLAN_ROUTES)[number];

export const ROUTE_LABELS: readonly (readonly [PlanRoute, string])[] = [
  ['isvc-standard', 'InferenceService, Standard mode (Deployments; KEDA to autoscale)'],
  ['isvc-knative', 'InferenceService, Knative mode (Knative Pod Autoscaler, scale to zero)'],
  ['llmisvc', 'LLMInferenceService with llm-d’s Endpoint Picker (prefix-aware)'],
];

export const PATTERN_LABELS: Readonly<Record<PlanPattern, string>> = {
  'single-instance': 'One replica',
  replicated: 'A fixed number of replicas',
  'autoscaling-pool': 'An autoscaling pool',
  'caching-first': 'Replicas behind prefix-aware routing',
};

export interface DeploymentChoices {
  readonly modelId: string;
  readonly gpuId: string;
  readonly pattern: PlanPattern;
  readonly route: PlanRoute;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Kubernetes namespace for the model. */
  readonly namespace: string;
  readonly maxModelLen: number;
  /** Running requests per replica the autoscaler aims for. */
  readonly target: number;
  /** The request rate planned for (from the sizing calculator), for the load test. */
  readonly qps: number;
}

export const DEFAULT_CHOICES: DeploymentChoices = {
  modelId: 'llama-3.1-8b',
  gpuId: 'h100-sxm-80gb',
  pattern: 'replicated',
  route: 'isvc-standard',
  minReplicas: 2,
  maxReplicas: 2,
  namespace: 'llm-serving',
  maxModelLen: 8192,
  target: 8,
  qps: 10,
};

/** The secret the bundle creates for a Hugging Face token (optional: ungated models need none). */
export const HF_TOKEN_SECRET = 'hf-token';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * What is wrong with a set of choices, in words a learner can act on; empty when they work.
 * Each problem names the choice it is about.
 */
export function choiceProblems(c: DeploymentChoices): string[] {
  const out: string[] = [];
  if (!DNS_LABEL.test(c.namespace) || c.namespace.length > 63) out.push('Namespace: use lower-case letters, digits and dashes, starting and ending with a letter or digit (at most 63 characters).');
  if (c.namespace.startsWith('kube-') || c.namespace === 'kserve') out.push(`Namespace: “${c.namespace}” is reserved for the platform; put models in their own namespace.`);
  if (!(c.qps > 0)) out.push('Planned load: set a request rate above 0.');
  if (c.minReplicas < 0 || c.maxReplicas < 1 || c.minReplicas > c.maxReplicas) out.push('Replicas: the minimum must be between 0 and the maximum, and the maximum at least 1.');
  if (c.pattern === 'caching-first' && c.route !== 'llmisvc') out.push('Prefix-aware routing needs the LLMInferenceService route (llm-d’s Endpoint Picker): a plain Kubernetes Service does not know which replica holds a prefix.');
  if (c.route === 'llmisvc' && c.minReplicas === 0) out.push('Replicas: an LLMInferenceService scales down to 1 at least (its scaling.minReplicas is 1 or more); scale to zero needs Knative mode.');
  if (c.route === 'isvc-standard' && c.minReplicas === 0) out.push('Replicas: Standard mode cannot scale to zero on HTTP traffic (there is no activator to hold the first request); use Knative mode or a minimum of 1.');
  if (c.pattern === 'autoscaling-pool' && c.minReplicas === c.maxReplicas) out.push('Autoscaling pool: make the maximum larger than the minimum, or the autoscaler has nothing to decide.');
  if ((c.pattern === 'single-instance') && (c.minReplicas !== 1 || c.maxReplicas !== 1)) out.push('One replica: set the minimum and maximum to 1.');
  if (c.pattern === 'replicated' && c.minReplicas !== c.maxReplicas) out.push('A fixed number of replicas: set the minimum equal to the maximum (or choose an autoscaling pool).');
  if (!findModel(c.modelId)) out.push(`Model: “${c.modelId}” is not one the course knows.`);
  else if (!tpForContext(c.modelId, c.gpuId, c.maxModelLen)) out.push(`Model and GPU: ${c.modelId} cannot hold four ${c.maxModelLen}-token sequences on one node of these GPUs; shorten the context or choose a larger GPU.`);
  return out;
}

/** The resource (and served model) name the plan gives the model. */
export function modelNameOfChoice(c: DeploymentChoices): string {
  return resourceNameFor(c.modelId);
}

/** The model's Hugging Face repository. */
export function hfRepoOfChoice(c: DeploymentChoices): string {
  return hfRepoOf(c.modelId) ?? c.modelId;
}

/** GPUs per replica: the smallest tensor-parallel degree that fits the context (1 when it cannot be sized). */
export function gpusPerReplica(c: DeploymentChoices): number {
  return tpForContext(c.modelId, c.gpuId, c.maxModelLen)?.tp ?? 1;
}

/** The InferenceService or LLMInferenceService the choices produce (choices must be free of problems). */
export function manifestChoicesOf(c: DeploymentChoices): ManifestChoices {
  return {
    ...DEFAULT_BUILD,
    kind: c.route === 'llmisvc' ? 'LLMInferenceService' : 'InferenceService',
    name: resourceNameFor(c.modelId),
    namespace: c.namespace,
    modelId: c.modelId,
    gpuId: c.gpuId,
    tp: gpusPerReplica(c),
    minReplicas: c.minReplicas,
    maxReplicas: c.maxReplicas,
    target: c.target,
    deploymentMode: c.route === 'isvc-knative' ? 'Knative' : 'Standard',
    maxModelLen: c.maxModelLen,
    hfTokenSecret: HF_TOKEN_SECRET,
  };
}

/** The manifest's YAML for the choices. */
export function manifestYamlOf(c: DeploymentChoices): string {
  return buildManifest(manifestChoicesOf(c)).yaml;
}
