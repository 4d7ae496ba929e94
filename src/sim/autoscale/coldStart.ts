/**
 * A pod's cold start, in the parts a KServe LLM predictor really goes through: scheduling onto a
 * GPU node (and provisioning one when none has room), the runtime image pull, the model fetch
 * by the storage initializer (or a model car image, or nothing for a PVC / LocalModelCache),
 * loading the weights to the GPU, torch.compile + CUDA-graph capture, and the readiness probe.
 *
 * Every default below is either cited or marked as an estimate; none was fitted to a result.
 */
import type { ColdStartConfig, ColdStartPhase, StorageSource } from './types.ts';

/** How each `storageUri` scheme gets the weights onto the node. */
export interface StorageProfile {
  readonly source: StorageSource;
  /** URI prefixes that select it. */
  readonly prefixes: readonly string[];
  /** Bandwidth of the copy to the node in GB/s; null = no copy (mounted or already on the node). */
  readonly fetchGBps: number | null;
  /** Whether the copy stays on the node for the next pod (a model car image is cached like any image). */
  readonly cachedOnNode: boolean;
  /** Read bandwidth when loading to the GPU, GB/s. */
  readonly loadGBps: number;
  readonly note: string;
}

/**
 * Storage sources (schemes from KServe v0.20 `pkg/constants/constants.go` and its storage docs).
 * All bandwidths are estimates for one pod in a cloud region: Hugging Face Hub over the internet,
 * an object store in the same region, a network PVC, local NVMe.
 */
export const STORAGE_PROFILES: readonly StorageProfile[] = [
  { source: 'hf', prefixes: ['hf://'], fetchGBps: 0.1, cachedOnNode: false, loadGBps: 2, note: 'storage initializer downloads from the Hugging Face Hub into an emptyDir (estimate 0.1 GB/s)' },
  { source: 's3', prefixes: ['s3://'], fetchGBps: 0.5, cachedOnNode: false, loadGBps: 2, note: 'storage initializer copies from S3 in-region (estimate 0.5 GB/s)' },
  { source: 'gs', prefixes: ['gs://'], fetchGBps: 0.5, cachedOnNode: false, loadGBps: 2, note: 'storage initializer copies from GCS in-region (estimate 0.5 GB/s)' },
  { source: 'pvc', prefixes: ['pvc://'], fetchGBps: null, cachedOnNode: false, loadGBps: 0.5, note: 'mounted read-only at /mnt/pvc; weights are read over the network volume while loading (estimate 0.5 GB/s)' },
  { source: 'oci', prefixes: ['oci://', 'oci+modelcar://'], fetchGBps: 0.3, cachedOnNode: true, loadGBps: 2, note: 'model car: an OCI image pulled like any image and cached by the node (estimate 0.3 GB/s)' },
  { source: 'local-cache', prefixes: ['local-cache://'], fetchGBps: null, cachedOnNode: true, loadGBps: 2, note: 'LocalModelCache: already on the node\'s local PV (NVMe), nothing to download (estimate 2 GB/s read)' },
];

/**
 * The profile for a storage URI. A LocalModelCache is selected by matching `sourceModelUri`,
 * not by scheme, so the model takes the pseudo-scheme `local-cache://` for it.
 * @throws Error naming the URI when no profile matches
 */
export function storageProfileFor(uri: string): StorageProfile {
  const p = STORAGE_PROFILES.find((s) => s.prefixes.some((pre) => uri.startsWith(pre)));
  if (!p) throw new Error(`storageUri "${uri}": unsupported scheme (use ${STORAGE_PROFILES.flatMap((s) => s.prefixes).join(', ')})`);
  return p;
}

/** Cold-start defaults. Each value: source or "estimate". */
export const COLD_START_DEFAULTS: ColdStartConfig = {
  storageUri: 'hf://meta-llama/Llama-3.1-8B-Instruct',
  schedulingS: 2, // estimate: scheduler bind + kubelet sandbox start
  gpusPerNode: 8, // an 8-GPU node (H100 HGX)
  initialNodes: 1,
  nodeProvisioningS: 240, // estimate: cluster autoscaler adding a GPU node (minutes in practice)
  imageGB: 10, // estimate: vllm/vllm-openai CUDA image, compressed
  imagePullGBps: 0.1, // estimate: registry pull + extraction
  imageCachedOnInitialNodes: true, // initial nodes have pulled the runtime image before
  compileS: 30, // estimate: torch.compile without a warm ~/.cache/vllm/torch_compile_cache
  cudaGraphCaptureS: 10, // vLLM V1 gpu_model_runner: capture "usually takes 5~20 seconds"
  readinessS: 5, // estimate: half of a 10 s probe period
};

/** A GPU node's caches: when its runtime image and model car image are (or will be) on it. */
export interface NodeCache {
  imageAtS: number | null;
  modelAtS: number | null;
}

/**
 * The phases of one pod's cold start, in order, from its creation at `startS`. A pod that lands
 * on a node already pulling the same image waits for that pull instead of starting another (the
 * kubelet pulls an image once); the node's cache times are updated here.
 * @param modelBytes checkpoint size (all weights)
 * @param nodeReadyS when the node can take the pod (later than `startS` while it is provisioned)
 */
export function coldStartPhases(c: ColdStartConfig, modelBytes: number, node: NodeCache, nodeReadyS: number, startS: number): ColdStartPhase[] {
  const profile = storageProfileFor(c.storageUri);
  const gb = modelBytes / 1e9;
  const out: ColdStartPhase[] = [];
  let t = startS;
  const add = (phase: ColdStartPhase['phase'], durationS: number, note: string): void => {
    out.push({ phase, startS: t, durationS, note });
    t += durationS;
  };
  if (nodeReadyS > startS) add('node-provisioning', nodeReadyS - startS, 'no GPU free: the cluster autoscaler adds a node (estimate)');
  add('scheduling', c.schedulingS, 'bind to a node with a free GPU, start the pod sandbox (estimate)');
  if (node.imageAtS === null) {
    node.imageAtS = t + c.imageGB / c.imagePullGBps;
    add('image-pull', c.imageGB / c.imagePullGBps, `${c.imageGB} GB at ${c.imagePullGBps} GB/s`);
  } else add('image-pull', Math.max(0, node.imageAtS - t), 'runtime image already on the node (or being pulled)');
  if (profile.fetchGBps === null) add('model-download', 0, `${profile.source}: nothing to copy`);
  else if (profile.cachedOnNode && node.modelAtS !== null) add('model-download', Math.max(0, node.modelAtS - t), 'model image already on the node');
  else {
    const d = gb / profile.fetchGBps;
    if (profile.cachedOnNode) node.modelAtS = t + d;
    add('model-download', d, `${gb.toFixed(1)} GB: ${profile.note}`);
  }
  add('load-to-gpu', gb / profile.loadGBps, `${gb.toFixed(1)} GB read at ${profile.loadGBps} GB/s`);
  add('compile-warmup', c.compileS, 'torch.compile (estimate)');
  add('cuda-graph-capture', c.cudaGraphCaptureS, 'vLLM captures CUDA graphs for the decode batch sizes');
  add('readiness-probe', c.readinessS, 'until the readiness probe first succeeds (estimate)');
  return out;
}
