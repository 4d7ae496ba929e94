/**
 * Domain types of the cluster model: N vLLM replicas behind an llm-d Router (proxy + Endpoint
 * Picker), optionally split into prefill and decode pods, optionally with KV-cache tiers.
 * Names follow llm-d-router v0.10 (`queue-scorer`, `prefix-cache-scorer`, `llm-d.ai/role`…)
 * and vLLM's metrics (`vllm:num_requests_waiting`, `vllm:kv_cache_usage_perc`).
 */
import type { Micros } from '../core/units.ts';
import type { Interconnect } from '../cost/types.ts';
import type { RequestSpec } from '../engine/types.ts';

/** The pod label `llm-d.ai/role`. "prefill-decode" is an aggregated replica. */
export type PodRole = 'prefill-decode' | 'prefill' | 'decode';

/** One replica's hardware and the vLLM flags that matter here. */
export interface DeploymentConfig {
  readonly modelId: string;
  readonly gpuId: string;
  /** `--tensor-parallel-size`: GPUs per replica. */
  readonly tp: number;
  /** `--gpu-memory-utilization`. */
  readonly gpuMemoryUtilization: number;
  /** `--block-size` (tokens per KV block). */
  readonly blockSize: number;
  /** `--max-num-batched-tokens`: the token budget of one step. */
  readonly maxNumBatchedTokens: number;
  /** `--max-num-seqs`. */
  readonly maxNumSeqs: number;
  /** `--max-model-len`. */
  readonly maxModelLen: number;
  /**
   * The link tensor-parallel all-reduces cross, when not the GPU's own NVLink: a replica split
   * over nodes (LeaderWorkerSet) rings through the nodes' NICs, so the slowest hop sets the pace.
   */
  readonly interconnect?: Interconnect;
}

/** A request as the cluster workload describes it: an engine request plus routing metadata. */
export interface ClusterRequestSpec extends RequestSpec {
  /** Conversation id; sent as the session the `session-affinity-scorer` keys on. */
  readonly session?: string;
  /** Which shared prefix it uses (tenant system prompt, RAG document), for display; −1 = none. */
  readonly group?: number;
}

/* ---------------- routing ---------------- */

/** What the Endpoint Picker knows about a request. */
export interface RoutingRequest {
  readonly id: string;
  readonly promptTokens: number;
  /** Chained block hashes of the prompt, `blockSize` tokens each (the approximate index's key). */
  readonly hashes: ArrayLike<number>;
  readonly session: string | undefined;
}

/** One candidate endpoint as scorers and filters see it. */
export interface EndpointView {
  /** Pod index in the cluster. */
  readonly pod: number;
  readonly name: string;
  readonly role: PodRole;
  /** Scraped `vllm:num_requests_waiting` (refreshed every `metricsRefreshUs`). */
  readonly waitingQueueSize: number;
  /** Scraped `vllm:num_requests_running`. */
  readonly runningRequests: number;
  /** Scraped `vllm:kv_cache_usage_perc`, 0–1. */
  readonly kvCacheUsage: number;
  /** EPP-local in-flight requests (routed, not finished). */
  readonly inflightRequests: number;
  /** EPP-local in-flight uncached prompt tokens (released at the first token). */
  readonly inflightTokens: number;
  /** Prefix-cache match from the approximate index: blocks matched / blocks in the prompt. */
  readonly prefixMatchBlocks: number;
  readonly prefixTotalBlocks: number;
  readonly blockSize: number;
}

/** Scorer types available in the registry (llm-d-router plugin type names). */
export type ScorerType =
  | 'queue-scorer'
  | 'kv-cache-utilization-scorer'
  | 'prefix-cache-scorer'
  | 'load-aware-scorer'
  | 'session-affinity-scorer'
  | 'active-request-scorer'
  | 'token-load-scorer'
  | 'no-hit-lru-scorer';

/** Filter types (llm-d-router plugin type names). */
export type FilterType = 'decode-filter' | 'prefill-filter' | 'prefix-cache-affinity-filter';

/** Picker types. */
export type PickerType = 'max-score-picker' | 'random-picker';

/** A plugin's `parameters` block (numbers only here: thresholds, scores). */
export type PluginParams = Readonly<Record<string, number>>;

/** One weighted scorer in a profile. */
export interface WeightedScorer {
  readonly type: ScorerType;
  readonly weight: number;
  /** The scorer's parameters (llm-d names, e.g. `threshold`, `idleThreshold`); omitted = defaults. */
  readonly params?: PluginParams;
}

/** An EPP SchedulerProfile: filters in order, weighted scorers, one picker. */
export interface SchedulerProfileConfig {
  readonly filters: readonly FilterType[];
  readonly scorers: readonly WeightedScorer[];
  readonly picker: PickerType;
}

/** When to run a remote prefill (disagg-profile-handler's decider). */
export type PdDeciderConfig =
  | { readonly type: 'always-disagg-pd-decider' }
  /** Disaggregate iff prompt ≥ N and uncached-on-the-decode-pod ≥ N tokens (N = 0 disables). */
  | { readonly type: 'prefix-based-pd-decider'; readonly nonCachedTokens: number };

/** How requests reach pods. */
export type RouterConfig =
  /** A plain Kubernetes Service: kube-proxy round robin (IPVS `rr`) or random (iptables mode). */
  | { readonly kind: 'service'; readonly mode: 'round-robin' | 'random' }
  /** The llm-d Router's Endpoint Picker. */
  | {
      readonly kind: 'epp';
      /** The profile for aggregated pods, and for both P/D profiles (with role filters added). */
      readonly profile: SchedulerProfileConfig;
      /** Present only when the pool has prefill and decode pods. */
      readonly pd?: PdDeciderConfig;
    };

/** A network path for P/D KV transfers. */
export interface LinkConfig {
  readonly id: string;
  readonly label: string;
  /** Effective bandwidth per GPU, GB/s. */
  readonly gbps: number;
  /** Per-transfer setup latency, µs. */
  readonly setupUs: number;
}

/** One KV-cache tier below HBM. */
export interface TierConfig {
  /** Capacity in GB (per replica for CPU; for the whole cluster for shared storage). */
  readonly capacityGB: number;
  /** Read bandwidth, GB/s: into each GPU over its own link (`per: 'gpu'`), or for the whole replica. */
  readonly gbps: number;
  readonly per: 'gpu' | 'replica';
  /** Per-load latency, µs. */
  readonly latencyUs: number;
}

/** KV-cache offloading (LMCache / vLLM OffloadingConnector style). */
export interface TiersConfig {
  /** CPU DRAM per replica; blocks evicted from HBM land here. */
  readonly cpu?: TierConfig;
  /** Shared storage (llm-d FS backend): blocks evicted from CPU land here; every replica reads it. */
  readonly storage?: TierConfig;
}

/** Everything that defines one cluster run (together with its workload). */
export interface ClusterConfig {
  readonly seed: number;
  readonly deployment: DeploymentConfig;
  /** Aggregated replicas (role prefill-decode) when `prefillPods` is 0. */
  readonly pods: number;
  /** With P/D: how many of `pods` are prefill pods (the rest decode). 0 = aggregated. */
  readonly prefillPods: number;
  readonly router: RouterConfig;
  readonly link: LinkConfig;
  readonly tiers: TiersConfig;
  /** How often the EPP scrapes pod metrics (llm-d: 50 ms). 0 = always fresh. */
  readonly metricsRefreshUs: number;
  /** The router's approximate prefix index (`approx-prefix-cache-producer` parameters). */
  readonly prefixIndex: PrefixIndexConfig;
}

/**
 * The `approx-prefix-cache-producer` parameters, with llm-d-router v0.10's names
 * (`dataproducer/approximateprefix/types.go`).
 */
export interface PrefixIndexConfig {
  /** Take the block size and LRU capacity from the pods' `vllm:cache_config_info` (block_size, num_gpu_blocks). */
  readonly autoTune: boolean;
  /** Block size when not auto-tuned (or when the pods report none); floored at 64. */
  readonly blockSizeTokens: number;
  /** Cap in blocks, used only when `maxPrefixTokensToMatch` is 0; 0 = unlimited. */
  readonly maxPrefixBlocksToMatch: number;
  /** Cap in tokens (÷ block size = blocks); 0 = fall back to `maxPrefixBlocksToMatch`. */
  readonly maxPrefixTokensToMatch: number;
  /** Per-pod LRU capacity in blocks when not auto-tuned. */
  readonly lruCapacityPerServer: number;
}


/* ---------------- decisions and events ---------------- */

/** One pod's row in a profile's score table. */
export interface ScoreRow {
  readonly pod: number;
  /** Raw score per scorer, in the profile's scorer order (0–1). */
  readonly raw: readonly number[];
  /** raw × weight per scorer. */
  readonly weighted: readonly number[];
  readonly total: number;
}

/** What one SchedulerProfile did for a request. */
export interface ProfileResult {
  readonly profile: 'default' | 'decode' | 'prefill';
  readonly scorers: readonly WeightedScorer[];
  /** Pods removed by filters, with the filter that removed them. */
  readonly filtered: readonly { readonly pod: number; readonly by: FilterType }[];
  readonly rows: readonly ScoreRow[];
  readonly picked: number;
  /** True when the top total was shared and the pick broke the tie at random. */
  readonly tie: boolean;
}

/** The P/D decider's inputs and answer. */
export interface PdDecision {
  readonly decider: PdDeciderConfig['type'];
  readonly promptTokens: number;
  readonly cachedTokens: number;
  readonly threshold: number;
  readonly disaggregate: boolean;
}

/** Why a request went where it did. */
export interface RoutingDecision {
  readonly req: string;
  readonly timeUs: Micros;
  /** The pod that streams the answer (decode pod under P/D). */
  readonly pod: number;
  /** The prefill pod, when the request was disaggregated. */
  readonly prefillPod: number | null;
  readonly policy: 'round-robin' | 'random' | 'epp';
  readonly profiles: readonly ProfileResult[];
  readonly pd: PdDecision | null;
  /** Prompt blocks the router's index predicted were cached on the pod it picked. */
  readonly predictedHitBlocks: number;
  readonly promptBlocks: number;
}

/** Where a request's prompt tokens came from on the pod that prefilled it. */
export interface PrefillSource {
  readonly promptTokens: number;
  readonly hbmTokens: number;
  readonly cpuTokens: number;
  readonly storageTokens: number;
  /** Time spent loading from the tiers, µs. */
  readonly loadUs: number;
  /** What prefilling the loaded tokens would have cost instead, µs. */
  readonly recomputeUs: number;
}

/** Cluster events, as plain data: one stream feeds animation, narration and tests. */
export type ClusterEvent =
  | { readonly type: 'arrival'; readonly timeUs: Micros; readonly req: string; readonly promptTokens: number; readonly group: number }
  | { readonly type: 'routed'; readonly timeUs: Micros; readonly decision: RoutingDecision }
  | { readonly type: 'admitted'; readonly timeUs: Micros; readonly req: string; readonly pod: number; readonly source: PrefillSource | null }
  | { readonly type: 'prefilled'; readonly timeUs: Micros; readonly req: string; readonly pod: number }
  | { readonly type: 'kvTransfer'; readonly timeUs: Micros; readonly req: string; readonly from: number; readonly to: number; readonly durationUs: Micros; readonly bytes: number }
  | { readonly type: 'firstToken'; readonly timeUs: Micros; readonly req: string; readonly pod: number; readonly ttftUs: Micros }
  | { readonly type: 'finished'; readonly timeUs: Micros; readonly req: string; readonly pod: number; readonly outputTokens: number };

/** Per-pod gauges at one instant (what the widget's pod cards show). */
export interface PodGauges {
  readonly waiting: number;
  readonly running: number;
  readonly kvCacheUsage: number;
}
