/**
 * Writes an InferenceService or LLMInferenceService for a catalog model from a few choices,
 * following the shapes of KServe v0.20.0's own samples (the Hugging Face runtime with its vLLM
 * backend; docs/samples/llmisvc/single-node-gpu; the website's generative autoscaling pages).
 */
import { stringify } from 'yaml';
import { GPUS, MODELS } from '../sim/cost/index.ts';

/** `nvidia.com/gpu.product` labels that GPU feature discovery puts on nodes. */
const GPU_PRODUCT: Readonly<Record<string, string>> = {
  'h100-sxm-80gb': 'NVIDIA-H100-80GB-HBM3',
  'h200-141gb': 'NVIDIA-H200',
  'a100-sxm-80gb': 'NVIDIA-A100-SXM4-80GB',
  'l40s-48gb': 'NVIDIA-L40S',
};

/** The builder's default choices. */
export const DEFAULT_BUILD: ManifestChoices = {
  kind: 'InferenceService',
  modelId: 'llama-3.1-8b',
  gpuId: 'h100-sxm-80gb',
  tp: 1,
  minReplicas: 1,
  maxReplicas: 4,
  target: 8,
  deploymentMode: 'Knative',
  maxModelLen: 8192,
};

/** The Hugging Face repo of a catalog model (its config.json source). */
export function hfRepoOf(modelId: string): string | undefined {
  const url = MODELS.find((m) => m.id === modelId)?.source.url;
  const match = url ? /huggingface\.co\/([^/]+\/[^/]+)/.exec(url) : null;
  return match?.[1];
}

/** A name the InferenceService webhook accepts, from a model id (`llama-3.1-8b` → `llama-3-1-8b`). */
export function resourceNameFor(modelId: string): string {
  const name = modelId.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '').slice(0, 45);
  return name === '' ? 'llm' : name;
}

function gpuResources(gpuId: string, count: number): { resources: object; nodeSelector?: Record<string, string> } {
  const amd = gpuId.startsWith('mi');
  const key = amd ? 'amd.com/gpu' : 'nvidia.com/gpu';
  const product = GPU_PRODUCT[gpuId];
  return {
    resources: { limits: { cpu: '8', memory: '48Gi', [key]: String(count) }, requests: { cpu: '4', memory: '32Gi', [key]: String(count) } },
    ...(product ? { nodeSelector: { 'nvidia.com/gpu.product': product } } : {}),
  };
}

/**
 * The manifest for `choices`, as an object and as YAML.
 * @example buildManifest(DEFAULT_BUILD).yaml.startsWith('apiVersion: serving.kserve.io/v1beta1')
 */
export function buildManifest(choices: ManifestChoices): { manifest: object; yaml: string } {
  if (!MODELS.some((m) => m.id === choices.modelId)) throw new Error(`modelId: unknown catalog model ${JSON.stringify(choices.modelId)}`);
  if (!GPUS.some((g) => g.id === choices.gpuId)) throw new Error(`gpuId: unknown catalog GPU ${JSON.stringify(choices.gpuId)}`);
  const name = choices.name ?? resourceNameFor(choices.modelId);
  const repo = hfRepoOf(choices.modelId) ?? choices.modelId;
  const storageUri = choices.storageUri ?? `hf://${repo}`;
  const { resources, nodeSelector } = gpuResources(choices.gpuId, choices.tp);
  const env = choices.hfTokenSecret ? [{ name: 'HF_TOKEN', valueFrom: { secretKeyRef: { name: choices.hfTokenSecret, key: 'HF_TOKEN', optional: true } } }] : undefined;
  const vllmArgs = [...(choices.tp > 1 ? [`--tensor-parallel-size=${choices.tp}`] : []), ...(choices.maxModelLen ? [`--max-model-len=${choices.maxModelLen}`] : [])];
  const manifest = choices.kind === 'InferenceService' ? inferenceService(choices, name, storageUri, resources, nodeSelector, vllmArgs, env) : llmInferenceService(choices, name, storageUri, repo, resources, nodeSelector, vllmArgs, env);
  return { manifest, yaml: stringify(manifest, { lineWidth: 0 }) };
}

function inferenceService(c: ManifestChoices, name: string, storageUri: string, resources: object, nodeSelector: Record<string, string> | undefined, vllmArgs: string[], env: object[] | undefined): object {
  const standard = c.deploymentMode === 'Standard';
  // A fixed replica count in Standard mode needs no autoscaler at all.
  const fixed = standard && c.minReplicas === c.maxReplicas;
  const namespace = c.namespace ?? 'default';
  const autoscaling = fixed
    ? {}
    : standard
    ? {
        // Standard mode has no request-based autoscaler; KEDA scales on vLLM's running-requests gauge.
        autoScaling: { metrics: [{ type: 'External', external: { metric: { backend: 'prometheus', serverAddress: 'http://prometheus.monitoring.svc:9090', query: `sum(vllm:num_requests_running{namespace="${namespace}",pod=~"${name}-predictor-.*"})` }, target: { type: 'Value', value: String(c.target) } } }] },
      }
    : { scaleMetric: 'concurrency', scaleTarget: c.target };
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name,
      ...(c.namespace ? { namespace: c.namespace } : {}),
      annotations: { 'serving.kserve.io/deploymentMode': c.deploymentMode, ...(standard ? { 'serving.kserve.io/autoscalerClass': fixed ? 'none' : 'keda' } : {}) },
    },
    spec: {
      predictor: {
        minReplicas: c.minReplicas,
        maxReplicas: c.maxReplicas,
        ...autoscaling,
        ...(nodeSelector ? { nodeSelector } : {}),
        model: {
          modelFormat: { name: 'huggingface' },
          args: [`--model_name=${name}`, ...vllmArgs],
          storageUri,
          ...(env ? { env } : {}),
          resources,
        },
      },
    },
  };
}

function llmInferenceService(c: ManifestChoices, name: string, storageUri: string, repo: string, resources: object, nodeSelector: Record<string, string> | undefined, vllmArgs: string[], env: object[] | undefined): object {
  const fixed = c.minReplicas === c.maxReplicas && c.minReplicas > 0;
  return {
    apiVersion: 'serving.kserve.io/v1alpha2',
    kind: 'LLMInferenceService',
    metadata: { name, ...(c.namespace ? { namespace: c.namespace } : {}) },
    spec: {
      model: { uri: storageUri, name: repo },
      // `replicas` and `scaling` exclude each other; scaling goes through the Workload Variant Autoscaler.
      // The CRD has scaling.minReplicas ≥ 1 (and KEDA idleReplicaCount ≥ 1): no scale to zero here.
      ...(fixed ? { replicas: c.minReplicas } : { scaling: { minReplicas: Math.max(1, c.minReplicas), maxReplicas: c.maxReplicas, wva: { hpa: {} } } }),
      ...(c.tp > 1 ? { parallelism: { tensor: c.tp } } : {}),
      template: {
        ...(nodeSelector ? { nodeSelector } : {}),
        containers: [{ name: 'main', ...(vllmArgs.length > 0 ? { args: vllmArgs } : {}), ...(env ? { env } : {}), resources }],
      },
      router: { gateway: {}, route: {}, scheduler: {} },
    },
  };
}

/** What the builder form chooses. */
export interface ManifestChoices {
  readonly kind: 'InferenceService' | 'LLMInferenceService';
  readonly name?: string;
  /** A catalog model id (src/sim/cost/catalog/models.ts). */
  readonly modelId: string;
  /** Default `hf://<the model's repo>`. */
  readonly storageUri?: string;
  readonly gpuId: string;
  /** Tensor-parallel size = GPUs per replica. */
  readonly tp: number;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Concurrency per replica (Knative `scaleTarget`) or running requests per replica (KEDA). */
  readonly target: number;
  /** InferenceService only. */
  readonly deploymentMode: 'Standard' | 'Knative';
  readonly maxModelLen?: number;
  /** Namespace in metadata (and in the KEDA query); omitted: the one kubectl applies to. */
  readonly namespace?: string;
  /** A Secret holding `HF_TOKEN` for gated Hugging Face models, passed as an optional env variable. */
  readonly hfTokenSecret?: string;
}
