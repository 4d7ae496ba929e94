import { SRC } from '../../glossary/sources.ts';
import { match, multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'llm-d/architecture';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'llm-d' as const });

const CHARTS = 'https://github.com/llm-d/llm-d-router/tree/main/config/charts';
const WIDE_EP = 'https://github.com/llm-d/llm-d.github.io/blob/main/versioned_docs/version-0.8/well-lit-paths/foundations/wide-expert-parallelism.md';
const WVA = 'https://github.com/llm-d/llm-d.github.io/blob/main/versioned_docs/version-0.8/architecture/advanced/autoscaling/hpa-wva.md';
const V05 = 'https://github.com/llm-d/llm-d.github.io/blob/main/blog/2026-02-04_llm-d-v0.5-sustaining-performance-at-scale.mdx';

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    match(
      {
        ...base(1),
        prompt: 'Match each llm-d component with its job.',
        explanation: 'The EPP decides, the proxy forwards, the model servers compute, the indexer watches KV events for precise routing, and the simulator and benchmark tool are for testing and measuring.',
        terms: ['endpoint-picker', 'kv-cache-indexer', 'llm-d-inference-sim', 'llm-d-benchmark'],
        source: SRC.llmdArchitecture.url,
      },
      [
        ['Endpoint Picker', 'Scores the pool’s pods and names the one to use'],
        ['KV-cache indexer', 'Follows KV events to map which blocks each pod holds'],
        ['llm-d-inference-sim', 'Imitates vLLM’s API, metrics and KV events without a GPU'],
        ['llmdbenchmark', 'Runs a guide’s workload against a stack and collects the report'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'You want llm-d’s router without a Kubernetes Gateway: requests should reach an Envoy that asks the EPP, in front of one model’s pods. Which chart?',
        explanation: 'llm-d-router-standalone runs the EPP with an Envoy sidecar (or agentgateway, or a separate proxy Service) and needs no Gateway API; llm-d-router-gateway creates an InferencePool for an HTTPRoute on a shared Gateway. routerlib is a library chart and cannot be installed alone.',
        terms: ['llm-d-router', 'endpoint-picker'],
        source: CHARTS,
      },
      'llm-d-router-standalone',
      [
        ['llm-d-router-gateway', 'That chart is for Gateway mode: an InferencePool behind an HTTPRoute on a shared Gateway.'],
        ['routerlib', 'A library chart with the shared templates; it is not deployable on its own.'],
        ['GIE’s inferencepool chart', 'That is what 2025 guides used; current guides install llm-d-router’s own charts.'],
      ],
    ),
    multiple(
      {
        ...base(3),
        prompt: 'Which statements about LeaderWorkerSet in llm-d are true?',
        explanation: 'LWS makes a group of pods across hosts one replica, with stable identities for rank mapping and all-or-nothing restarts; llm-d uses it by default for multi-host serving, and KServe turns an LLMInferenceService’s worker section into one.',
        terms: ['leaderworkerset'],
        source: SRC.lws.url,
      },
      [
        'One replica is a leader pod plus worker pods, created and restarted as a unit',
        'llm-d uses it by default when one replica spans several hosts',
        'KServe turns an LLMInferenceService with a worker section into a LeaderWorkerSet',
      ],
      [
        ['If one worker pod fails, only that pod is restarted', 'The whole group restarts: a sharded model cannot run with a rank missing.'],
        ['It replaces the InferencePool for multi-node models', 'The pool still selects the pods and names the EPP; LWS only creates and manages them.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'Why does llm-d’s wide expert-parallelism path run attention data-parallel (TP=1 per rank) for DeepSeek-R1 instead of sharding it with tensor parallelism?',
        explanation: 'With MLA attention, tensor parallelism replicates the compressed KV cache on every rank, so more GPUs add little KV space. Data-parallel attention keeps one copy of each token’s KV; the experts are spread with expert parallelism, whose sparse dispatch and combine can cross nodes over InfiniBand or RoCE.',
        terms: ['expert-parallelism', 'mixture-of-experts', 'deepep'],
        source: WIDE_EP,
      },
      'Under TP, MLA’s KV cache is replicated on every rank; data-parallel attention keeps one copy',
      [
        ['Tensor parallelism cannot run on H200 GPUs', 'TP runs on any GPUs; the problem is what it does to MLA’s KV cache and to cross-node traffic.'],
        ['Data parallelism needs no network between nodes', 'The experts’ dispatch and combine still cross nodes; they are just much sparser than TP’s all-reduces.'],
        ['DeepSeek-R1 has no attention layers', 'It has attention (MLA) in every layer; only the feed-forward part is a mixture of experts.'],
      ],
    ),
    numeric(
      {
        ...base(5),
        prompt: 'llm-d’s v0.5 blog reports about 50,000 output tokens/s in total from a wide-EP deployment with 16 prefill and 16 decode B200 GPUs (1,000-token inputs and outputs). About how many output tokens/s is that per decode GPU?',
        explanation: '50,000 ÷ 16 decode GPUs ≈ 3,125; the blog rounds it to about 3.1k. Output tokens come from the decode GPUs, so dividing by all 32 would understate what each decode GPU does.',
        terms: ['expert-parallelism', 'disaggregated-serving'],
        source: V05,
      },
      3125,
      'tokens/s',
      { tolerance: 0.05, traps: [[1562.5, 'Output comes from the 16 decode GPUs; do not divide by all 32.']] },
    ),
    single(
      {
        ...base(6),
        prompt: 'With its default analyzer, when does the Workload Variant Autoscaler add a replica, and where?',
        explanation: 'A replica is saturated at KV usage ≥ 0.80 or a queue of ≥ 5. When the pool’s average spare KV capacity drops below 0.10 (or spare queue capacity below 3), WVA adds one replica to the cheapest variant; it removes replicas from the most expensive variant.',
        terms: ['workload-variant-autoscaler', 'inference-pool-variant'],
        source: WVA,
      },
      'When average spare KV or queue capacity runs low: one replica, on the cheapest variant',
      [
        ['When GPU utilisation passes 80 %: one replica on every variant', 'It reads KV-cache usage and queue length, not GPU utilisation, and grows one variant at a time.'],
        ['When p90 TTFT passes the SLO: as many replicas as the HPA formula gives', 'That is closer to the experimental SLO analyzer; the default works from saturation.'],
        ['When spare capacity runs low: one replica on the most expensive, fastest variant', 'It scales up the cheapest variant and scales down the most expensive one.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'An InferencePool created by llm-d-router’s gateway chart with default values: what happens to requests while the EPP is down?',
        explanation: 'The chart sets failureMode FailOpen, so the gateway forwards requests to some pod of the pool without the picker. The InferencePool API’s own default is FailClose, which would return errors instead.',
        terms: ['failure-mode', 'inference-pool'],
        source: CHARTS,
      },
      'They still reach a pod of the pool, without the picker’s choice (FailOpen)',
      [
        ['They fail, because the API defaults to FailClose', 'The API does, but the chart sets FailOpen explicitly.'],
        ['They queue in the proxy until the EPP returns', 'The proxy does not buffer for the EPP; fail-open forwards, fail-close errors.'],
        ['They go to the KV-cache indexer, which picks instead', 'The indexer lives inside the EPP and is down with it.'],
      ],
    ),
  ],
};

export default check;
