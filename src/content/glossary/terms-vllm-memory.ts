/** vLLM: KV cache memory, PagedAttention and prefix caching. */
import { SRC } from './sources.ts';
import type { GlossaryTerm } from './types.ts';

export const VLLM_MEMORY_TERMS: GlossaryTerm[] = [
  {
    id: 'kv-cache',
    term: 'KV cache',
    aliases: ['key-value cache', 'KV-cache'],
    category: 'vllm',
    short: 'GPU memory that keeps the attention keys and values of every token already processed, so each new token does not recompute them.',
    body:
      'Every transformer layer turns each token into a key vector and a value vector. A new token attends over all earlier keys and values, so an engine stores them instead of recomputing the whole prefix at every step.\n\n' +
      'The cache grows linearly with sequence length and with the number of requests in flight, which makes it the memory that limits batch size. How an engine lays this memory out — contiguous reservations or small pages — decides how many requests fit on a GPU.',
    example: 'Llama-3.1-8B in bf16 stores 2 × 32 layers × 8 KV heads × 128 dims × 2 bytes = 128 KiB per token, so one 8,192-token conversation holds 1 GiB of KV cache.',
    related: ['paged-attention', 'kv-bytes-per-token', 'kv-block', 'grouped-query-attention', 'kv-cache-usage'],
    lesson: 'vllm/kv-cache-memory',
    source: SRC.pagedAttentionPaper,
  },
  {
    id: 'kv-bytes-per-token',
    term: 'KV bytes per token',
    aliases: ['KV size per token', 'page_size_bytes'],
    category: 'vllm',
    short: 'How much KV-cache memory one token occupies across all layers: 2 × layers × KV heads × head dimension × bytes per element.',
    formula: 'KV bytes/token = 2 (K and V) × num_layers × num_kv_heads × head_dim × dtype_bytes',
    body:
      'The factor 2 counts the key and the value. Models with grouped-query attention have far fewer KV heads than query heads, which shrinks this number; an FP8 KV cache halves it compared with bf16.\n\n' +
      'vLLM computes the same quantity per layer and per block (`page_size_bytes = 2 × block_size × num_kv_heads × head_size × dtype_bytes`) when it sizes the cache at start-up. Models with multi-head latent attention store one compressed vector instead, so the factor 2 disappears.',
    example: 'Llama-3.1-70B: 2 × 80 × 8 × 128 × 2 B = 327,680 B = 320 KiB per token; a 2,048-token request of the original LLaMA-13B (no GQA, 40 layers, hidden size 5,120) needs about 1.6 GiB.',
    related: ['kv-cache', 'grouped-query-attention', 'kv-cache-dtype', 'num-gpu-blocks'],
    lesson: 'vllm/kv-cache-memory',
    source: SRC.vllmRepo,
  },
  {
    id: 'paged-attention',
    term: 'PagedAttention',
    category: 'vllm',
    short: 'The attention algorithm behind vLLM that stores each sequence’s KV cache in fixed-size blocks that need not be contiguous, like pages of virtual memory.',
    body:
      'Earlier engines reserved one contiguous slab per request sized for the maximum output length, wasting most of it. PagedAttention splits the KV cache into small blocks and keeps a per-request block table that maps logical positions to physical blocks, so memory is allocated only as tokens arrive.\n\n' +
      'Waste is confined to the unfilled tail of the last block of each sequence; the launch blog puts it under 4 %, against 60–80 % in the systems it replaced. Blocks can also be shared between requests, which enables prefix caching and cheap parallel sampling.',
    example: 'A request with 70 tokens and 16-token blocks holds 5 blocks; only 10 slots of the last block are empty.',
    related: ['kv-block', 'block-table', 'copy-on-write', 'internal-fragmentation', 'automatic-prefix-caching'],
    lesson: 'vllm/paged-attention',
    source: SRC.pagedAttentionPaper,
  },
  {
    id: 'kv-block',
    term: 'KV block',
    aliases: ['block', 'block_size', 'page'],
    category: 'vllm',
    short: 'The unit in which vLLM allocates KV-cache memory: the keys and values of a fixed number of consecutive tokens, 16 by default on CUDA.',
    body:
      'A block holds `block_size` token slots for every layer. vLLM creates all blocks at start-up and hands them out from a free queue. A request needs `ceil(tokens / block_size)` blocks, and a new block only when its last one fills up.\n\n' +
      'The PagedAttention paper chose 16 as a balance: large enough for efficient GPU kernels, small enough to keep internal fragmentation low. Some attention backends force 64 or 128.\n\n' +
      'Which sizes `--block-size` accepts changed: 1, 8, 16, 32, 64 and 128 at v0.11; 256 added by v0.16; by v0.26 any positive integer, with the attention back end deciding what it can run. For hybrid attention + Mamba models vLLM enlarges attention blocks to match the state pages, and reports the smallest group block size.',
    example: 'With block_size 16, a 55-token prompt takes 4 blocks; decoding 9 more tokens fills the fourth block and the 65th token triggers a fifth.',
    related: ['paged-attention', 'block-table', 'num-gpu-blocks', 'free-block-queue'],
    lesson: 'vllm/paged-attention',
    source: SRC.pagedAttentionPaper,
  },
  {
    id: 'block-table',
    term: 'Block table',
    category: 'vllm',
    short: 'The per-request list that maps a sequence’s logical KV blocks, in order, to the physical block ids that hold them in GPU memory.',
    body:
      'The attention kernel reads the block table to find where each earlier token’s keys and values live. Because the mapping is indirect, physical blocks can sit anywhere and can be shared by several requests.\n\n' +
      'In vLLM V1 block tables are append-only: once a block id is in a request’s table it does not change, which is why V1 tolerates duplicate cached blocks instead of de-duplicating them.',
    example: 'A block table [7, 2, 9] means tokens 0–15 live in block 7, 16–31 in block 2 and 32–47 in block 9.',
    related: ['kv-block', 'paged-attention', 'reference-count'],
    lesson: 'vllm/paged-attention',
    source: SRC.vllmPrefixCaching,
  },
  {
    id: 'free-block-queue',
    term: 'Free block queue',
    aliases: ['FreeKVCacheBlockQueue', 'block pool', 'BlockPool'],
    category: 'vllm',
    short: 'vLLM’s doubly linked list of KV blocks that no running request references, ordered so that the head is the next block to hand out or evict.',
    body:
      'Allocation always takes blocks from the head. A freed block that holds a prefix-cache hash keeps it and goes to the tail, so cached blocks stay reusable until allocation reaches them; eviction is lazy and happens at that moment.\n\n' +
      'A request frees its blocks in reverse order, so the tail of a sequence (least likely to be shared) is evicted before its prefix. At v0.11 every freed block went to the tail. Since about v0.24 (PR #42656), and so in 0.33, a freed block without a hash (a partly filled last block, or any block with prefix caching off) goes to the head instead, for immediate reuse, and does not push cached blocks towards eviction.',
    example: 'After two requests sharing a 3-block prefix finish, the free queue ends with the prefix blocks 3, 2, 1, which are therefore evicted last.',
    related: ['kv-block', 'lru-eviction', 'reference-count', 'automatic-prefix-caching'],
    lesson: 'vllm/paged-attention',
    source: SRC.vllmFreeQueuePr,
  },
  {
    id: 'null-block',
    term: 'Null block',
    category: 'vllm',
    short: 'Block 0 in vLLM V1, reserved at start-up as a placeholder and never handed to a request, so only num_gpu_blocks − 1 blocks are usable.',
    body:
      'The null block stands in for positions that no longer need real memory, such as tokens that slid out of a sliding attention window. It is never freed, cached or counted in usage.\n\n' +
      'That is why the first real allocation gets block 1 and why `vllm:kv_cache_usage_perc` divides by `num_gpu_blocks − 1`.',
    example: 'An engine started with 11 blocks can hold at most 10 blocks of tokens.',
    related: ['kv-block', 'free-block-queue', 'kv-cache-usage'],
    lesson: 'vllm/paged-attention',
    source: SRC.vllmRepo,
  },
  {
    id: 'reference-count',
    term: 'Reference count',
    aliases: ['ref_cnt', 'refcount'],
    category: 'vllm',
    short: 'The number of running requests whose block tables contain a given KV block; at zero the block goes back to the free queue.',
    body:
      'Allocation sets a block’s count to 1; a prefix-cache hit adds one more reference to each hit block. Freeing a request decrements its blocks, and only those that reach zero become free.\n\n' +
      'A shared block therefore stays in memory as long as any request uses it, which is what makes sharing safe.',
    example: 'Two chats that share a 48-token system prompt hold its three blocks with a count of 2 each.',
    related: ['copy-on-write', 'automatic-prefix-caching', 'free-block-queue'],
    lesson: 'vllm/paged-attention',
    source: SRC.vllmPrefixCaching,
  },
  {
    id: 'copy-on-write',
    term: 'Copy-on-write',
    acronym: 'CoW',
    category: 'vllm',
    short: 'Sharing one physical KV block between sequences until one of them must write to it, and copying the block only then.',
    body:
      'The PagedAttention paper uses copy-on-write for parallel sampling and beam search: the candidates share the prompt’s blocks and diverge only in the block being written. A block with more than one reference is copied before a write.\n\n' +
      'The paper reports memory savings of 6.1–9.8 % for parallel sampling and 37.6–55.2 % for beam search on the Alpaca trace.',
    example: 'Sampling n = 4 completions of one prompt stores the prompt’s KV once, not four times.',
    related: ['reference-count', 'paged-attention', 'parallel-sampling'],
    lesson: 'vllm/paged-attention',
    source: SRC.pagedAttentionPaper,
  },
  {
    id: 'internal-fragmentation',
    term: 'Internal fragmentation',
    category: 'vllm',
    short: 'Memory reserved inside an allocation but never filled, such as the empty slots of a request’s last KV block or an over-sized reservation.',
    body:
      'Engines that reserve the maximum sequence length up front waste every slot the request never reaches. PagedAttention bounds this waste to less than one block per sequence.\n\n' +
      'The PagedAttention paper names three kinds of waste in earlier systems: reserved slots for future tokens, internal fragmentation and external fragmentation.',
    example: 'A 2,048-slot reservation for a reply that ends after 300 tokens leaves 1,748 slots unused.',
    related: ['external-fragmentation', 'paged-attention', 'kv-block'],
    lesson: 'vllm/paged-attention',
    source: SRC.pagedAttentionPaper,
  },
  {
    id: 'external-fragmentation',
    term: 'External fragmentation',
    category: 'vllm',
    short: 'Free memory broken into gaps between allocations that are each too small for a new contiguous request, even though their total would fit.',
    body:
      'When every request needs one contiguous region, freed regions of different sizes leave holes. Fixed-size blocks that may sit anywhere remove the problem: any free block can serve any request.',
    example: 'Three free 300 MB gaps cannot hold one 800 MB contiguous KV reservation, although 900 MB is free.',
    related: ['internal-fragmentation', 'paged-attention', 'kv-block'],
    lesson: 'vllm/paged-attention',
    source: SRC.pagedAttentionPaper,
  },
  {
    id: 'automatic-prefix-caching',
    term: 'Automatic prefix caching',
    acronym: 'APC',
    aliases: ['prefix caching', 'enable_prefix_caching'],
    category: 'vllm',
    short: 'Reusing the KV blocks of an identical earlier prompt prefix instead of recomputing them; on by default in vLLM V1.',
    body:
      'Every full block is identified by a hash of its tokens chained with the hash of the block before it, so a hit on block i implies the whole prefix up to i matches. A new request walks its block hashes from the start and stops at the first miss.\n\n' +
      'Only full blocks are cached, and the last prompt token is always recomputed so the model can produce logits. A request that asks for prompt logprobs skips the lookup altogether, because every prompt token’s logits must be computed; its blocks are still cached for others. The V1 blog reports under 1 % throughput cost even at a 0 % hit rate, which is why it is enabled by default.',
    example: 'A 6,000-token shared system prompt is prefilled once; later requests that start with it skip those 6,000 tokens of prefill.',
    related: ['block-hash', 'prefix-cache-hit-rate', 'prefix-cache-aware-routing', 'lru-eviction', 'cache-salt'],
    lesson: 'vllm/paged-attention',
    source: SRC.vllmPrefixCaching,
  },
  {
    id: 'block-hash',
    term: 'Block hash',
    aliases: ['prefix_caching_hash_algo'],
    category: 'vllm',
    short: 'The identifier of a full KV block in vLLM’s prefix cache: a hash of the parent block’s hash, the block’s token ids and any extra keys.',
    body:
      'Chaining makes a block’s hash depend on every earlier token, so equal hashes mean equal prefixes. Extra keys keep caches apart that must not mix: the LoRA adapter (by name since v0.11.1, by numeric id before), multimodal input hashes and the request’s cache salt.\n\n' +
      'The default algorithm is SHA-256 (`prefix_caching_hash_algo`, the default since v0.10.2); 2026 releases also offer sha256_cbor, xxhash and xxhash_cbor. Whether two processes compute the same hashes depends on the seed of the first block’s parent: a fixed seed for sha256 and sha256_cbor since about v0.28–v0.29 (PR #51875), a random per-process one for xxhash unless `PYTHONHASHSEED` is pinned. External indexers such as llm-d’s rely on reproducible hashes.',
    example: 'The same 16 tokens produce different block hashes under two LoRA adapters, so the adapters never share cached blocks.',
    related: ['automatic-prefix-caching', 'cache-salt', 'kv-events'],
    lesson: 'vllm/paged-attention',
    source: SRC.vllmPrefixCaching,
  },
  {
    id: 'cache-salt',
    term: 'Cache salt',
    aliases: ['cache_salt'],
    category: 'vllm',
    short: 'A per-request value mixed into the hash of the first KV block so that only requests with the same salt can share cached prefixes.',
    body:
      'Prefix caching can leak information through timing: a fast first token reveals that someone else sent the same prefix. A salt per tenant isolates tenants’ caches while still allowing sharing within a tenant. Because it enters the first block’s hash, the chain makes every later block different too.',
    example: 'Two customers sending an identical system prompt with different cache_salt values each prefill it themselves.',
    related: ['block-hash', 'automatic-prefix-caching'],
    lesson: 'kserve/security',
    source: SRC.vllmPrefixCaching,
  },
  {
    id: 'lru-eviction',
    term: 'LRU eviction',
    aliases: ['least recently used'],
    category: 'vllm',
    short: 'Reclaiming the cached block that was used least recently when space is needed, which is how vLLM’s prefix cache makes room.',
    body:
      'vLLM keeps cached but unreferenced blocks in the free queue ordered from least to most recently used, and evicts a block only when an allocation reaches it. Among blocks freed together, the one covering the most tokens (the tail of a chain) goes first.',
    example: 'A popular system prompt that every request touches stays cached; a one-off document is evicted as soon as memory runs short.',
    related: ['free-block-queue', 'automatic-prefix-caching'],
    lesson: 'vllm/paged-attention',
    source: SRC.vllmPrefixCaching,
  },
  {
    id: 'gpu-memory-utilization',
    term: 'gpu_memory_utilization',
    aliases: ['--gpu-memory-utilization'],
    category: 'vllm',
    short: 'The fraction of a GPU’s total memory one vLLM instance may use for weights, activations and KV cache together.',
    body:
      'vLLM multiplies total GPU memory by this fraction, subtracts what a profiling run measured for weights and activations (and, from v0.21.0, an estimate of CUDA-graph memory), and gives the rest to the KV cache. It is a fraction of total memory, not of free memory, so two instances on one GPU need values that add up to less than 1.\n\n' +
      'The default was 0.9 up to v0.20 and is 0.92 from v0.21.0 (PR #38284), the release that began subtracting the CUDA-graph estimate; 0.92 with that estimate is roughly what 0.913 was without it. `VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS=0` turns the estimate off.',
    example: 'An H100 reports about 79 GiB; at 0.92 that is ~72.7 GiB, and after ~15 GiB of Llama-3.1-8B weights, ~2 GiB of activations and the CUDA-graph estimate, roughly 55 GiB remain for KV cache.',
    related: ['num-gpu-blocks', 'profiling-run', 'max-model-len', 'cuda-graphs'],
    lesson: 'vllm/kv-cache-memory',
    source: SRC.vllmCudaGraphMemPr,
  },
  {
    id: 'profiling-run',
    term: 'Memory profiling run',
    category: 'vllm',
    short: 'A dummy forward pass vLLM runs at start-up with a full token budget to measure peak non-KV memory before sizing the KV cache.',
    body:
      'The run uses `max_num_batched_tokens` tokens so that activation memory reaches its peak. vLLM then sets KV memory to (total × gpu_memory_utilization) − (weights + peak activations + other non-torch memory). From v0.21.0 the profiling also captures CUDA graphs once as a dry run and subtracts their estimated memory too (at v0.11 it did not).\n\n' +
      'If the remaining memory cannot hold a single request of `max_model_len` tokens, start-up fails and the log suggests a larger utilisation fraction or a smaller maximum length.',
    example: 'Raising max_num_batched_tokens from 8,192 to 32,768 raises the profiled activation peak and leaves fewer KV blocks.',
    related: ['gpu-memory-utilization', 'num-gpu-blocks', 'max-num-batched-tokens'],
    lesson: 'vllm/kv-cache-memory',
    source: SRC.vllmRepo,
  },
  {
    id: 'num-gpu-blocks',
    term: 'num_gpu_blocks',
    aliases: ['GPU KV cache size', 'maximum concurrency'],
    category: 'vllm',
    short: 'The number of KV blocks vLLM allocates on a GPU: the memory left for KV cache divided by the size of one block across all layers.',
    body:
      'At start-up vLLM logs the result as “GPU KV cache size: N tokens” (blocks × block size) and as a maximum concurrency: how many requests of `max_model_len` tokens would fit at once.\n\n' +
      'The value is exported in `vllm:cache_config_info`, which routers such as llm-d’s read to size their view of each server’s cache.',
    example: 'With 1,536 blocks of 16 tokens and max_model_len 16,384 (1,024 blocks per request), the logged maximum concurrency is 1.5×.',
    related: ['kv-block', 'gpu-memory-utilization', 'kv-bytes-per-token'],
    lesson: 'vllm/kv-cache-memory',
    source: SRC.vllmRepo,
  },
  {
    id: 'max-model-len',
    term: 'max_model_len',
    aliases: ['--max-model-len', 'maximum model length'],
    category: 'vllm',
    short: 'The longest sequence (prompt plus output tokens) one vLLM instance accepts, which defaults to the model’s context length.',
    body:
      'It caps how many KV blocks one request can hold and is checked at start-up against the KV memory available. Lowering it lets an instance start on a smaller GPU; it does not shrink the cache for shorter requests, because blocks are allocated on demand.',
    example: 'Serving a 128K-context model on one 24 GB GPU may require --max-model-len 8192 to pass the start-up check.',
    related: ['context-length', 'num-gpu-blocks', 'gpu-memory-utilization'],
    lesson: 'vllm/kv-cache-memory',
    source: SRC.vllmEngineArgs,
  },
];
