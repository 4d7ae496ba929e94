/** llm-d: prefill/decode disaggregation, KV transfer, KV-cache tiers and autoscaling. */
import { SRC } from './sources.ts';
import type { GlossaryTerm } from './types.ts';

export const LLMD_DISAGG_TERMS: GlossaryTerm[] = [
  {
    id: 'disaggregated-serving',
    term: 'Prefill/decode disaggregation',
    acronym: 'P/D',
    aliases: ['disaggregated serving', 'PD disaggregation', 'disaggregated prefill'],
    category: 'llm-d',
    short: 'Running a request’s prefill and its decode on different pods, moving the KV cache from the prefill pod to the decode pod in between.',
    body:
      'Prefill is compute-heavy and bursty; decode is memory-bandwidth-heavy and steady. On shared GPUs a long prefill stalls everyone’s decoding. Separate pools can be sized and parallelised independently — for example more, smaller-TP prefill workers and fewer, larger-TP decode workers.\n\n' +
      'The cost is an extra hop and a KV transfer, which usually raises time to first token while lowering inter-token latency. llm-d’s guidance: it pays off for larger models, long inputs with short outputs, and sparse MoE, not for short chats.',
    example: 'llm-d’s P/D guide (gpt-oss-120b on 16 H200, 5,000-token inputs, 250-token outputs): mean ITL fell from 25 ms to 4.9 ms while mean TTFT rose from 532 ms to 1,157 ms — the aggregated figures are carried over from an earlier baseline run, not measured alongside.',
    related: ['prefill', 'decode', 'nixl', 'pd-decider', 'disaggregation-sidecar'],
    lesson: 'llm-d/disaggregated-serving',
    source: SRC.llmdPdGuide,
  },
  {
    id: 'pd-decider',
    term: 'P/D decider',
    aliases: ['prefix-based-pd-decider', 'always-disagg-pd-decider', 'nonCachedTokens'],
    category: 'llm-d',
    short: 'The Endpoint Picker plugin that decides, per request, whether to run a separate prefill step or let the decode pod prefill locally.',
    body:
      'The decode pod is picked first. The prefix-based decider then estimates the prompt tokens not already cached on that pod and disaggregates only if they reach `nonCachedTokens` (a threshold of 0 disables disaggregation). The always-disagg decider sends every request through a prefill pod; the current llm-d P/D guide and KServe’s LLMInferenceService P/D profile use it.',
    example: 'With nonCachedTokens 16, a 500-token prompt of which 496 tokens are cached on the decode pod is prefilled locally.',
    related: ['disaggregated-serving', 'endpoint-picker', 'prefix-cache-scorer'],
    lesson: 'llm-d/disaggregated-serving',
    source: SRC.llmdRouterDisagg,
  },
  {
    id: 'disaggregation-sidecar',
    term: 'Disaggregation sidecar',
    aliases: ['routing sidecar', 'llm-d-router-disagg-sidecar', 'x-prefiller-host-port'],
    category: 'llm-d',
    short: 'A proxy container in each decode pod that carries out P/D: it sends the prompt to the chosen prefill pod, then hands the KV location to the local vLLM.',
    body:
      'The EPP names the prefill pod in the `x-prefiller-host-port` header. The sidecar sends the prefill pod a copy of the request with max_tokens 1 and no streaming, takes the returned `kv_transfer_params`, and forwards the original request with those parameters to the decode vLLM, which pulls the KV blocks. If prefill fails with a server error, it falls back to decoding locally.',
    example: 'The sidecar listens on :8000 and proxies to the decode vLLM on :8200 in llm-d’s sample manifests.',
    related: ['disaggregated-serving', 'nixl', 'kv-connector'],
    lesson: 'llm-d/disaggregated-serving',
    source: SRC.llmdRouterDisagg,
  },
  {
    id: 'nixl',
    term: 'NIXL',
    acronym: 'NIXL',
    aliases: ['NVIDIA Inference Xfer Library', 'NixlConnector'],
    category: 'llm-d',
    short: 'NVIDIA’s Inference Xfer Library, a point-to-point data-movement library that vLLM uses to pull KV blocks from a prefill GPU to a decode GPU.',
    body:
      'NIXL abstracts transports — UCX, UCCL, libfabric — over InfiniBand, RoCE, EFA or TCP, and moves data directly between GPU memories with RDMA where available. TCP works for development, but production P/D needs an RDMA network.',
    example: '`--kv-transfer-config \'{"kv_connector":"NixlConnector","kv_role":"kv_both"}\'` on both prefill and decode vLLM pods.',
    related: ['kv-connector', 'rdma', 'disaggregated-serving', 'infiniband'],
    lesson: 'llm-d/disaggregated-serving',
    source: SRC.nixl,
  },
  {
    id: 'kv-connector',
    term: 'KV connector',
    aliases: ['kv_transfer_config', 'kv_transfer_params', 'LMCacheConnectorV1'],
    category: 'vllm',
    short: 'vLLM’s plug-in interface for moving KV cache in and out of an engine, used for prefill/decode transfer and for offloading to CPU or storage.',
    body:
      'It is configured with `--kv-transfer-config`, naming a connector (NixlConnector, OffloadingConnector, LMCacheConnectorV1 …) and a role (`kv_producer`, `kv_consumer` or `kv_both`). Requests carry `kv_transfer_params` that tell the decode engine where to fetch blocks from.',
    example: 'A prefill response returns kv_transfer_params with the remote engine id, block ids, host and port.',
    related: ['nixl', 'kv-cache-offloading', 'disaggregation-sidecar'],
    lesson: 'llm-d/disaggregated-serving',
    source: SRC.vllmRepo,
  },
  {
    id: 'kv-cache-offloading',
    term: 'KV-cache offloading',
    aliases: ['OffloadingConnector', '--kv-offloading-size', 'kvCacheOffloading'],
    category: 'llm-d',
    short: 'Copying KV blocks out of GPU memory into CPU RAM, local disk or shared storage so they can be reloaded later instead of recomputed.',
    body:
      'HBM holds tens of gigabytes of KV; a node’s CPU RAM holds hundreds. Offloading turns evictions into copies, and loading a long cached prefix back over PCIe can be much faster than recomputing it. vLLM’s native OffloadingConnector handles a CPU tier; LMCache, llm-d’s file-system backend and Mooncake add more tiers.',
    example: '`--kv-offloading-backend native --kv-offloading-size 100` adds 100 GB of CPU KV storage to a vLLM instance.',
    related: ['tiered-prefix-cache', 'lmcache', 'kv-connector', 'swapping'],
    lesson: 'llm-d/kv-cache-tiers',
    source: SRC.llmdTieredGuide,
  },
  {
    id: 'tiered-prefix-cache',
    term: 'Tiered prefix cache',
    aliases: ['multi-tier KV cache', 'KV tiers'],
    category: 'llm-d',
    short: 'A prefix cache that spans several memory tiers — GPU HBM, CPU RAM, local NVMe, shared storage — from fastest and smallest to slowest and largest.',
    body:
      'llm-d recommends a CPU tier in nearly all cases for its low overhead; disk and shared file systems add capacity, persistence and sharing across replicas. Routers can account for tiers: llm-d’s precise index weights CPU-resident blocks 0.8 against 1.0 for GPU.\n\n' +
      'In the llm-d v0.4 benchmark, adding 100 GB of CPU offloading cut mean TTFT by about 26 % and raised throughput by about 21 %.',
    example: 'HBM (~80 GB per H100) → CPU RAM (~250 GB per GPU on an 8-GPU node with 2 TB) → shared file system (terabytes).',
    related: ['kv-cache-offloading', 'lmcache', 'precise-prefix-routing', 'hbm'],
    lesson: 'llm-d/kv-cache-tiers',
    source: SRC.llmdTieredGuide,
  },
  {
    id: 'lmcache',
    term: 'LMCache',
    category: 'llm-d',
    short: 'An open-source KV-cache layer that plugs into vLLM as a connector to store and reuse KV cache across CPU memory, disk and remote back ends.',
    body:
      'Configured with `"kv_connector": "LMCacheConnectorV1"`, it keeps chunks of KV cache outside the GPU and shares them between requests and instances. KServe documents it for LLM KV offloading; llm-d benchmarks it next to vLLM’s native CPU offloading.',
    example: 'local_cpu: true with max_local_cpu_size 100 keeps 100 GB of KV chunks in host RAM.',
    related: ['kv-cache-offloading', 'tiered-prefix-cache', 'kv-connector'],
    lesson: 'llm-d/kv-cache-tiers',
    source: SRC.lmcache,
  },
  {
    id: 'workload-variant-autoscaler',
    term: 'Workload Variant Autoscaler',
    acronym: 'WVA',
    category: 'llm-d',
    short: 'llm-d’s autoscaler for model servers that adds or removes replicas from saturation signals, choosing the cheapest hardware variant to grow.',
    body:
      'Its default analyzer, run every 30 s, counts a replica as saturated at KV usage of 0.80 or a queue of 5, scales up by one replica on the cheapest variant when spare capacity runs low, and scales down one replica of the most expensive variant only when the rest keep headroom. It can scale from zero by polling the router’s queue.\n\n' +
      'It publishes its decision as the external metric `wva_desired_replicas`, which an HPA or KEDA applies to Deployments, StatefulSets or LeaderWorkerSets; llm-d’s v0.8 docs deprecate the older VariantAutoscaling resource. KServe v0.20.0 pins WVA v0.7.0 (its main branch moved to v0.9.0).',
    example: 'Two variants — H100 and A100 pools — serve one model; WVA adds an A100 replica first because it costs less.',
    related: ['hpa', 'keda', 'saturation-detector', 'kv-cache-usage'],
    lesson: 'kserve/autoscaling',
    source: SRC.llmdSite,
  },
  {
    id: 'deepep',
    term: 'DeepEP',
    aliases: ['DeepEP high-throughput', 'DeepEP low-latency'],
    category: 'llm-d',
    short: 'A library of GPU kernels for the dispatch and combine steps of expert parallelism, sending each token only to the GPUs that hold its experts.',
    body:
      'It runs over NVSHMEM with GPU-initiated RDMA, so GPUs on different nodes exchange tokens without the CPU in the path; that needs a full mesh of InfiniBand or RoCE links. It has a high-throughput mode suited to prefill and a low-latency mode suited to decode, one reason wide expert parallelism is usually combined with P/D.',
    example: 'DeepSeek-R1 picks 8 of its 256 experts per token; DeepEP dispatches each token to those 8 experts’ ranks and combines their outputs back.',
    related: ['expert-parallelism', 'mixture-of-experts', 'rdma'],
    lesson: 'llm-d/architecture',
    source: { label: 'llm-d docs (v0.8): multi-node wide expert parallelism', url: 'https://github.com/llm-d/llm-d.github.io/blob/main/versioned_docs/version-0.8/well-lit-paths/foundations/wide-expert-parallelism.md' },
  },
];
