/** vLLM: the engine, scheduling, batching and preemption. */
import { SRC } from './sources.ts';
import type { GlossaryTerm } from './types.ts';

export const VLLM_SCHEDULING_TERMS: GlossaryTerm[] = [
  {
    id: 'vllm',
    term: 'vLLM',
    category: 'vllm',
    short: 'An open-source inference and serving engine for large language models, built around PagedAttention and continuous batching.',
    body:
      'vLLM started at UC Berkeley in 2023 and is now one of the most widely deployed LLM engines. It exposes an OpenAI-compatible HTTP server (`vllm serve`), a Python `LLM` class and Prometheus metrics.\n\n' +
      'In this course’s stack it is the model server: KServe’s Hugging Face runtime runs it by default, and llm-d routes requests between vLLM replicas.',
    example: '`vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 8192` starts an OpenAI-compatible server on port 8000.',
    related: ['paged-attention', 'continuous-batching', 'vllm-v1', 'openai-compatible-api'],
    lesson: 'overview/the-serving-stack',
    source: SRC.vllmRepo,
  },
  {
    id: 'vllm-v1',
    term: 'vLLM V1 engine',
    aliases: ['V1', 'V0'],
    category: 'vllm',
    short: 'The re-architected vLLM core, released as an alpha in January 2025, with one token-budget scheduler, and chunked prefill and prefix caching on by default.',
    body:
      'V1 drops the separate prefill and decode phases of V0: each step the scheduler hands out a token budget to requests so their computed tokens catch up with their known tokens. The engine core runs in its own process, and tensor-parallel workers are symmetric.\n\n' +
      'The V1 blog reports up to 1.7× the throughput of V0. V0’s code was removed in September 2025, and V1 has no CPU swap space: preemption recomputes (the leftover `swap_space` option went in v0.18.0). Since v0.14.0 the V1 scheduler runs one step ahead of the GPU by default (async scheduling).',
    example: 'A V1 step can schedule 12 decode tokens and a 2,036-token prefill chunk together under a 2,048-token budget.',
    related: ['engine-core', 'continuous-batching', 'chunked-prefill', 'recomputation', 'async-scheduling'],
    lesson: 'vllm/continuous-batching',
    source: SRC.vllmV1Blog,
  },
  {
    id: 'engine-core',
    term: 'EngineCore',
    aliases: ['engine step'],
    category: 'vllm',
    short: 'The vLLM V1 component that loops schedule → execute model → update from output, one step per iteration, in its own process.',
    body:
      'Keeping the busy loop in a separate process lets tokenisation, detokenisation and HTTP handling run in parallel with GPU work. Each step the scheduler decides how many tokens every request gets, the workers run one forward pass, and the outputs update request state, stop checks and freed blocks.',
    example: 'A decode-heavy batch performs one EngineCore step per generated token for every running request.',
    related: ['vllm-v1', 'continuous-batching', 'max-num-batched-tokens'],
    lesson: 'vllm/continuous-batching',
    source: SRC.vllmV1Blog,
  },
  {
    id: 'prefill',
    term: 'Prefill',
    aliases: ['prompt processing'],
    category: 'vllm',
    short: 'The phase that processes all prompt tokens in parallel to build their KV cache and produce the first output token.',
    body:
      'Prefill does a lot of arithmetic per byte of weights read, so it is usually limited by compute. Its duration grows with the number of uncached prompt tokens and sets most of the time to first token.\n\n' +
      'Prefix caching skips the cached part of the prompt, chunked prefill splits long prompts across steps, and disaggregated serving moves prefill onto separate GPUs.',
    example: 'A 10,000-token prompt to a 32B model can take several seconds of prefill on a cold cache and well under one second when most of it is cached.',
    related: ['decode', 'ttft', 'chunked-prefill', 'disaggregated-serving', 'compute-bound'],
    lesson: 'vllm/chunked-prefill',
    source: SRC.sarathiPaper,
  },
  {
    id: 'decode',
    term: 'Decode',
    aliases: ['generation phase'],
    category: 'vllm',
    short: 'The phase that generates output tokens one at a time, each step reading the whole KV cache and all weights to produce a single token per request.',
    body:
      'Each decode step reads every weight and the request’s KV cache but computes only one token per sequence, so it is limited by memory bandwidth. Batching many requests amortises the weight reads, which is why throughput rises with batch size until the KV cache runs out.',
    example: 'After prefill produces the first token, a 500-token answer needs 499 more decode steps; at 20 ms each that is about 10 s.',
    related: ['prefill', 'tpot', 'memory-bound', 'continuous-batching'],
    lesson: 'vllm/continuous-batching',
    source: SRC.pagedAttentionPaper,
  },
  {
    id: 'continuous-batching',
    term: 'Continuous batching',
    aliases: ['iteration-level scheduling', 'in-flight batching', 'dynamic batching'],
    category: 'vllm',
    short: 'Re-forming the batch at every decoding step, so finished requests leave and waiting ones join immediately instead of when the whole batch ends.',
    body:
      'With static batching a batch runs until its longest request finishes, leaving slots idle. Iteration-level scheduling, introduced by Orca (OSDI 2022), fixes this by deciding the batch one step at a time.\n\n' +
      'vLLM combines it with PagedAttention: because KV memory is allocated block by block, the scheduler can admit as many requests as blocks allow.',
    example: 'When a 20-token reply finishes at step 20, a waiting request takes its slot at step 21 while a 900-token reply keeps going.',
    related: ['static-batching', 'orca', 'max-num-seqs', 'engine-core', 'decode'],
    lesson: 'vllm/continuous-batching',
    source: SRC.orcaPaper,
  },
  {
    id: 'static-batching',
    term: 'Static batching',
    aliases: ['request-level batching'],
    category: 'vllm',
    short: 'Grouping requests into a batch that starts together and ends only when its longest member finishes, the approach continuous batching replaced.',
    body:
      'Short requests wait for long ones and new requests wait for the next batch, so GPU slots sit idle and latency varies with the longest request. It remains reasonable for offline jobs where all inputs are known.',
    example: 'A batch of eight replies of 20–900 tokens runs 900 steps, most of them with only a few active sequences.',
    related: ['continuous-batching', 'orca'],
    lesson: 'vllm/continuous-batching',
    source: SRC.orcaPaper,
  },
  {
    id: 'orca',
    term: 'Orca',
    category: 'vllm',
    short: 'A serving system from OSDI 2022 that introduced iteration-level scheduling and selective batching for transformer inference.',
    body:
      'Orca schedules at the granularity of one model iteration, so requests can join and leave a running batch. The PagedAttention paper uses Orca variants (Max, Pow2, Oracle) as baselines and reports 1.7–2.7× higher request rates than Orca (Oracle) on ShareGPT at similar latency.',
    example: 'Orca (Max) reserves KV space for the maximum length; Orca (Oracle) assumes it knows each output length in advance.',
    related: ['continuous-batching', 'static-batching', 'paged-attention'],
    lesson: 'vllm/continuous-batching',
    source: SRC.orcaPaper,
  },
  {
    id: 'chunked-prefill',
    term: 'Chunked prefill',
    aliases: ['enable_chunked_prefill'],
    category: 'vllm',
    short: 'Splitting a long prompt’s prefill into pieces that fit the per-step token budget, so it can share steps with ongoing decodes.',
    body:
      'Without chunking, one long prompt occupies a whole step and every decoding request stalls, causing spikes in inter-token latency. With chunking, the scheduler serves running requests first and fills the remaining budget with a slice of the prompt.\n\n' +
      'vLLM V1 uses chunked prefill by default for generative models, at v0.11 as in 0.33; `max_num_batched_tokens` sets the chunk budget. In 2026 releases `--no-enable-chunked-prefill` still turns it off, which then requires `max_num_batched_tokens` ≥ `max_model_len`; encoder-decoder models always run without it. The idea was studied in Sarathi-Serve.',
    example: 'With a 2,048-token budget and 48 decoding requests, a 10,000-token prompt is prefilled 2,000 tokens per step over five steps.',
    related: ['max-num-batched-tokens', 'prefill', 'itl', 'head-of-line-blocking'],
    lesson: 'vllm/chunked-prefill',
    source: SRC.vllmOptimization,
  },
  {
    id: 'max-num-batched-tokens',
    term: 'max_num_batched_tokens',
    aliases: ['token budget', '--max-num-batched-tokens'],
    category: 'vllm',
    short: 'The maximum number of tokens vLLM processes in one engine step, summed over all requests — the per-step token budget.',
    body:
      'Decode requests cost one token each (more with speculative decoding); prefills take what is left, in chunks. A larger budget finishes prompts in fewer steps but makes each step longer, raising inter-token latency for everyone.\n\n' +
      'Defaults depend on the GPU and entry point: at the October 2025 reference commit, `vllm serve` used 8,192 on GPUs with at least 70 GiB other than A100, and 2,048 otherwise.',
    example: 'With a budget of 8,192, one step can hold 200 decode tokens plus a 7,992-token prefill chunk.',
    related: ['chunked-prefill', 'max-num-seqs', 'profiling-run'],
    lesson: 'vllm/chunked-prefill',
    source: SRC.vllmOptimization,
  },
  {
    id: 'max-num-seqs',
    term: 'max_num_seqs',
    aliases: ['--max-num-seqs'],
    category: 'vllm',
    short: 'The maximum number of requests vLLM keeps in its running batch at once.',
    body:
      'It caps concurrency even when KV memory would allow more. At the October 2025 reference commit the server default was 1,024 on large GPUs other than A100, and 256 otherwise; it is also capped by `max_num_batched_tokens`.',
    example: 'With max_num_seqs 256, the 257th concurrent request waits even if KV blocks are free.',
    related: ['max-num-batched-tokens', 'continuous-batching', 'waiting-queue'],
    lesson: 'vllm/continuous-batching',
    source: SRC.vllmEngineArgs,
  },
  {
    id: 'waiting-queue',
    term: 'Waiting queue',
    aliases: ['vllm:num_requests_waiting'],
    category: 'vllm',
    short: 'The requests vLLM has received but not yet admitted into the running batch, exported as the gauge vllm:num_requests_waiting.',
    body:
      'Each step the scheduler serves running requests first, then admits from the head of the waiting queue while budget, blocks and `max_num_seqs` allow. Since about v0.19 (and so in 0.33) the head request needs blocks for its whole current sequence, not just its first chunk (`scheduler_reserve_full_isl`). If it cannot get them, admission stops for that step.\n\n' +
      'Queue length is one of the signals routers and autoscalers read: llm-d’s queue scorer prefers pods with shorter queues.',
    example: 'A pod with 12 waiting requests scores lower on the queue scorer than one with 2.',
    related: ['fcfs-scheduling', 'queue-scorer', 'queue-time', 'max-num-seqs'],
    lesson: 'vllm/continuous-batching',
    source: SRC.vllmMetrics,
  },
  {
    id: 'fcfs-scheduling',
    term: 'First-come, first-served scheduling',
    acronym: 'FCFS',
    category: 'vllm',
    short: 'vLLM’s default policy: requests are admitted in arrival order, and under memory pressure the most recently admitted running request is preempted first.',
    body:
      'The waiting queue is a double-ended queue: new requests join at the back, and a preempted request goes back to the front so it resumes next.',
    example: 'Requests A, B, C arrive in that order; if blocks run out while A decodes, C is preempted before B.',
    related: ['priority-scheduling', 'preemption', 'waiting-queue'],
    lesson: 'vllm/preemption',
    source: SRC.vllmRepo,
  },
  {
    id: 'priority-scheduling',
    term: 'Priority scheduling',
    aliases: ['policy="priority"'],
    category: 'vllm',
    short: 'A vLLM policy in which each request carries a priority number, smaller values are served first and ties go to the earlier arrival.',
    body:
      'Waiting requests sit in a heap ordered by (priority, arrival time). When memory runs short, the victim is the running request with the largest priority value, the latest arrival breaking ties.\n\n' +
      'Note the opposite convention in llm-d’s InferenceObjective, where a higher priority number is more important.',
    example: 'A request with priority 0 is admitted before one with priority 5 that arrived earlier.',
    related: ['fcfs-scheduling', 'preemption', 'inference-objective'],
    lesson: 'vllm/preemption',
    source: SRC.vllmRepo,
  },
  {
    id: 'preemption',
    term: 'Preemption',
    aliases: ['vllm:num_preemptions'],
    category: 'vllm',
    short: 'Evicting a running request’s KV blocks when another running request needs a block and none is free, to resume the victim later.',
    body:
      'It happens only while scheduling a running request; a waiting request that cannot get blocks simply stops admission. The victim loses all its blocks, its computed-token count returns to zero and it returns to the waiting queue. It is always recomputed: `swap_space` was removed in v0.18.0.\n\n' +
      'Frequent preemption wastes GPU time and raises latency; it is counted by `vllm:num_preemptions`. Remedies: more KV memory, a lower `max_num_seqs`, or shorter `max_model_len`. Since about v0.19 a request is admitted only if its whole current sequence fits, which stops the admit-then-preempt loop of long chunked prompts; since about v0.24 an optional watermark keeps a share of blocks free for running requests.',
    example: 'Forty long chats decode until the cache is full; the next block request preempts the most recently admitted chat.',
    related: ['recomputation', 'swapping', 'fcfs-scheduling', 'kv-cache-usage', 'scheduler-reserve-full-isl', 'watermark'],
    lesson: 'vllm/preemption',
    source: SRC.vllmOptimization,
  },
  {
    id: 'recomputation',
    term: 'Recomputation',
    aliases: ['RECOMPUTE preemption mode'],
    category: 'vllm',
    short: 'Recovering a preempted request by prefilling its prompt and already-generated tokens again, instead of restoring a saved copy of its KV cache.',
    body:
      'vLLM V1 always recomputes. Its freed blocks keep their prefix-cache hashes, so if they have not been evicted the request gets cache hits when it resumes and recomputation is cheap. In the PagedAttention paper’s measurements, recomputation’s overhead never exceeded 20 % of swapping’s latency.',
    example: 'A chat preempted after 300 generated tokens re-prefills prompt + 300 tokens when it resumes, partly from cache.',
    related: ['preemption', 'swapping', 'automatic-prefix-caching'],
    lesson: 'vllm/preemption',
    source: SRC.vllmV1Guide,
  },
  {
    id: 'swapping',
    term: 'KV swapping',
    aliases: ['swap_space', 'SWAP preemption mode'],
    category: 'vllm',
    short: 'Copying a preempted request’s KV blocks to CPU memory and back later — used by vLLM V0 and removed in V1.',
    body:
      'V0 used swapping for requests with several sequences, such as beam search, with a default 4 GiB of swap space per GPU. V1 removed it because recomputation is cheaper in its architecture; the unused `swap_space` parameter was deleted by PR #36216 (March 2026) and is gone from the engine arguments from v0.18.0.\n\n' +
      'Do not confuse it with KV-cache offloading, which copies cached blocks to CPU or storage for reuse rather than for preemption.',
    example: 'V0 metrics `vllm:num_requests_swapped` and `vllm:cpu_cache_usage_perc` have no V1 equivalent.',
    related: ['recomputation', 'preemption', 'kv-cache-offloading'],
    lesson: 'vllm/preemption',
    source: SRC.vllmSwapRemovedPr,
  },
  {
    id: 'scheduler-reserve-full-isl',
    term: 'scheduler_reserve_full_isl',
    aliases: ['--scheduler-reserve-full-isl', '--no-scheduler-reserve-full-isl', 'full-sequence admission', 'full_sequence_must_fit'],
    category: 'vllm',
    short: 'A vLLM scheduler setting, on by default since about v0.19, that admits a waiting or preempted request only if KV blocks for its whole current sequence are free.',
    body:
      'The whole current sequence is the prompt plus any tokens already generated (a resumed request counts its output), capped at `max_model_len`, less prefix-cache hits. Future output up to `max_tokens` is not reserved, so running requests can still run out of blocks and be preempted.\n\n' +
      'Up to then (v0.11 included) only the first chunk had to fit. With chunked prefill, a long prompt could be admitted into a nearly full cache, prefilled halfway and preempted, again and again; the pull request that added the setting (PR #37307) measured decode throughput falling from about 100 to 1.5 tokens/s per GPU in that loop. `--no-scheduler-reserve-full-isl` restores the old rule.',
    example: 'With 500 free blocks of 16 tokens, a 10,000-token prompt (625 blocks) waits under 0.33’s default, while v0.11 would admit it with a 2,048-token first chunk.',
    related: ['waiting-queue', 'preemption', 'chunked-prefill', 'watermark'],
    lesson: 'vllm/preemption',
    source: SRC.vllmFullIslPr,
  },
  {
    id: 'watermark',
    term: 'Admission watermark',
    aliases: ['watermark', '--watermark', 'SchedulerConfig.watermark'],
    category: 'vllm',
    short: 'An optional vLLM setting (default 0, since about v0.24) that keeps a fraction of all KV blocks free when admitting waiting or preempted requests, as headroom for the running ones.',
    body:
      'The watermark blocks are added to what an admission needs, and apply only while something is already running, so an idle engine still admits a request that fills the cache. vLLM V0 had a fixed 0.01 watermark; V1 had none until PR #44594 re-added it as a setting.\n\n' +
      'It trades time to first token for fewer preemptions: in the PR’s benchmark (Qwen2.5-7B on GB200, concurrency 128), 0.05 cut preemptions from 1,065 to 187 and p99 inter-token latency from 40.6 to 17.7 ms, while median TTFT rose from 6.6 to 11.2 s.',
    example: 'With 10,000 blocks and watermark 0.02, an admission must leave 200 blocks free while other requests run.',
    related: ['preemption', 'scheduler-reserve-full-isl', 'waiting-queue'],
    lesson: 'vllm/preemption',
    source: SRC.vllmWatermarkPr,
  },
  {
    id: 'async-scheduling',
    term: 'Async scheduling',
    aliases: ['--async-scheduling', '--no-async-scheduling', 'async_scheduling'],
    category: 'vllm',
    short: 'vLLM’s mode, on by default since v0.14.0, in which the scheduler plans step N+1 while the GPU runs step N, hiding the CPU scheduling time.',
    body:
      'Tokens that are scheduled but not yet sampled are tracked as output placeholders, so the next step can be planned before the previous one finishes. At v0.11 it was opt-in (`--async-scheduling`); v0.14.0 turned it on wherever compatible, and `--no-async-scheduling` turns it off.\n\n' +
      'At first it excluded pipeline parallelism, the CPU back end and speculative decoding other than MTP and EAGLE; later releases extended it to pipeline parallelism and, in v0.28.0, to draft-model speculative decoding.',
    example: 'If scheduling a step takes 0.3 ms of CPU time and the forward pass 10 ms, the synchronous loop takes about 10.3 ms per step and the async one about 10 ms.',
    related: ['engine-core', 'vllm-v1', 'cuda-graphs'],
    lesson: 'vllm/continuous-batching',
    source: SRC.vllmAsyncSchedPr,
  },
  {
    id: 'head-of-line-blocking',
    term: 'Head-of-line blocking',
    category: 'vllm',
    short: 'A queue stall in which the request at the front cannot proceed and so holds back every request behind it.',
    body:
      'In vLLM, if the first waiting request cannot get enough KV blocks, admission stops for the step even if a smaller request behind it would fit. Long prefills without chunking cause a related stall for decoding requests. Routers reduce it across replicas by avoiding pods with long queues.',
    example: 'A 100K-token prompt at the head of the queue waits for blocks while ten short chats behind it also wait.',
    related: ['chunked-prefill', 'waiting-queue', 'queue-time'],
    lesson: 'vllm/chunked-prefill',
    source: SRC.vllmRepo,
  },
  {
    id: 'openai-compatible-api',
    term: 'OpenAI-compatible API',
    aliases: ['/v1/chat/completions', '/v1/completions', 'vllm serve'],
    category: 'vllm',
    short: 'The HTTP interface that mirrors OpenAI’s completions and chat-completions endpoints, which vLLM, KServe and llm-d all speak.',
    body:
      'Clients written for OpenAI work unchanged by pointing them at another base URL. vLLM serves `/v1/completions`, `/v1/chat/completions` and others; KServe’s Hugging Face runtime prefixes these with `/openai`; the Gateway API Inference Extension’s model-server protocol requires them.',
    example: 'POST /openai/v1/chat/completions with {"model": "qwen", "messages": [...]} on a KServe InferenceService.',
    related: ['vllm', 'huggingface-runtime', 'gateway-api-inference-extension'],
    lesson: 'overview/the-serving-stack',
    source: SRC.vllmOpenAiServer,
  },
];
