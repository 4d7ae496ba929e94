/** Hand-written practice items on vLLM (beyond the lesson knowledge checks). */
import { SRC } from '../../glossary/sources.ts';
import { match, multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { QuizItem } from '../../../quiz/schema.ts';

const b = (slug: string, lesson: string) => ({ id: `bank:vllm:${slug}`, topic: 'vllm' as const, lesson });

export const VLLM_BANK: QuizItem[] = [
  single(
    { ...b('block-size-default', 'vllm/paged-attention'), prompt: 'What is vLLM’s default KV block size on CUDA GPUs?', explanation: '16 tokens, chosen in the PagedAttention paper as large enough for efficient kernels and small enough to limit internal fragmentation.', terms: ['kv-block'], source: SRC.pagedAttentionPaper.url },
    '16 tokens',
    [
      ['1 token', 'Per-token blocks would make block tables huge and kernels inefficient.'],
      ['128 tokens', 'Some attention back ends force 64 or 128, but the CUDA default is 16.'],
      ['2 MiB', 'Block size is measured in tokens; bytes follow from the model.'],
    ],
  ),
  numeric(
    { ...b('opt13b-kv', 'vllm/kv-cache-memory'), prompt: 'OPT-13B has hidden size 5,120 and 40 layers, with full multi-head attention. How many KB of KV cache does one token need in FP16? (the PagedAttention paper’s example)', explanation: '2 × 5,120 × 40 × 2 bytes = 819,200 bytes ≈ 800 KB, so a 2,048-token request can need about 1.6 GB.', terms: ['kv-bytes-per-token'], source: SRC.pagedAttentionPaper.url },
    819.2,
    'KB',
    { tolerance: 0.03, traps: [[409.6, 'Count both the key and the value.'], [20.48, 'Multiply by all 40 layers.']] },
  ),
  numeric(
    { ...b('max-concurrency', 'vllm/kv-cache-memory'), prompt: 'vLLM has 1,536 blocks of 16 tokens and max_model_len 16,384. What maximum concurrency does it log?', explanation: 'A full-length request needs 16,384 / 16 = 1,024 blocks; 1,536 / 1,024 = 1.5×.', terms: ['num-gpu-blocks', 'max-model-len'], source: SRC.vllmRepo.url },
    1.5,
    '×',
    { traps: [[96, 'That divides blocks by block size; divide by blocks per full-length request instead.']] },
  ),
  single(
    { ...b('usage-counts-cached', 'kserve/monitoring'), prompt: 'Cached prefix blocks that no running request references: how does vllm:kv_cache_usage_perc count them?', explanation: 'As free: usage = 1 − free / (num_gpu_blocks − 1), and unreferenced cached blocks sit in the free queue until evicted.', terms: ['kv-cache-usage', 'free-block-queue'], source: SRC.vllmRepo.url },
    'As free blocks',
    [
      ['As used blocks', 'Only blocks referenced by live requests count as used.'],
      ['As half used', 'There is no partial counting.'],
      ['They are excluded from the denominator', 'Only the null block is excluded.'],
    ],
  ),
  single(
    { ...b('prefix-cost', 'vllm/paged-attention'), prompt: 'Why is prefix caching on by default in vLLM V1?', explanation: 'The V1 blog measured under 1 % throughput cost even at a 0 % hit rate, so there is little reason to turn it off.', terms: ['automatic-prefix-caching', 'vllm-v1'], source: SRC.vllmV1Blog.url },
    'It costs under 1 % throughput even when nothing hits',
    [
      ['It is required for chunked prefill', 'The two features are independent.'],
      ['It reduces KV bytes per token', 'It avoids recomputing shared prefixes; per-token size is unchanged.'],
      ['It was always on, also in V0', 'V0 had it off by default.'],
    ],
  ),
  single(
    { ...b('hit-block-aligned', 'vllm/paged-attention'), prompt: 'A 64-token prompt (four full 16-token blocks) was sent before, identically. How many of its tokens are served from the prefix cache?', explanation: 'The hit length is capped at num_tokens − 1 = 63, and hits are whole blocks, so 3 blocks (48 tokens) hit and the last block is recomputed to produce logits.', terms: ['automatic-prefix-caching'], source: SRC.vllmRepo.url },
    '48 tokens',
    [
      ['64 tokens', 'The last token must be recomputed, and hits are whole blocks, so the whole last block is recomputed.'],
      ['63 tokens', 'Hits come in whole blocks of 16.'],
      ['0 tokens', 'The first three blocks are cache hits.'],
    ],
  ),
  match(
    { ...b('metrics-names', 'kserve/monitoring'), prompt: 'Match each vLLM metric with what it measures.', explanation: 'Waiting and running are gauges of queue and batch; kv_cache_usage_perc is the share of blocks in use; num_preemptions counts preemptions.', terms: ['waiting-queue', 'kv-cache-usage', 'preemption'], source: SRC.vllmMetrics.url },
    [
      ['vllm:num_requests_waiting', 'Requests received but not yet running'],
      ['vllm:num_requests_running', 'Requests in the current batch'],
      ['vllm:kv_cache_usage_perc', 'Fraction of KV blocks held by running requests'],
      ['vllm:num_preemptions', 'How often running requests lost their blocks'],
    ],
  ),
  order(
    { ...b('allocate-slots', 'vllm/paged-attention'), prompt: 'When vLLM admits a request with prefix-cache hits and enough free blocks, in what order does allocate_slots act?', explanation: 'It checks blocks needed against free blocks (failing without side effects), touches the hit blocks, appends them, pops new blocks from the free queue, then caches blocks that became full.', terms: ['automatic-prefix-caching', 'reference-count', 'free-block-queue'], source: SRC.vllmRepo.url },
    [
      'Compute the blocks needed and compare them with free blocks',
      'Touch the hit blocks (take them out of the free queue, raise their counts)',
      'Append the hit blocks to the request’s block list',
      'Pop new blocks from the head of the free queue',
      'Register hashes for blocks that are now full',
    ],
  ),
  single(
    { ...b('v1-default-gmu', 'vllm/kv-cache-memory'), prompt: 'vLLM v0.21.0 changed the default gpu_memory_utilization (still the default in 0.33). From what to what?', explanation: 'From 0.9 to 0.92, in PR #38284, which also made vLLM estimate CUDA-graph memory at start-up and subtract it from the KV budget; the higher fraction makes up for that.', terms: ['gpu-memory-utilization', 'cuda-graphs'], source: SRC.vllmCudaGraphMemPr.url },
    'From 0.9 to 0.92',
    [
      ['From 0.8 to 0.9', '0.9 was the long-standing default before the change.'],
      ['From 0.9 to 1.0', 'vLLM still leaves headroom below the full memory.'],
      ['From 0.92 to 0.95', '0.92 is the new value; 0.9 was the long-standing default before it.'],
      ['From 0.92 to 0.9', 'It went up, not down.'],
    ],
  ),
  multiple(
    { ...b('lora-defaults', 'vllm/lora'), prompt: 'Which are vLLM’s LoRA defaults?', explanation: 'max_loras = 1, max_lora_rank = 16, max_cpu_loras = max_loras when unset.', terms: ['multi-lora'], source: SRC.vllmLora.url },
    ['max_loras = 1', 'max_lora_rank = 16'],
    [
      ['max_loras = 8', 'The default allows a single adapter per batch.'],
      ['max_lora_rank = 64', 'The default maximum rank is 16.'],
    ],
  ),
  single(
    { ...b('spec-vs-priority', 'vllm/preemption'), prompt: 'Under vLLM’s priority policy, which running request is preempted first?', explanation: 'The one with the largest priority value (least important), latest arrival breaking ties.', terms: ['priority-scheduling', 'preemption'], source: SRC.vllmRepo.url },
    'The one with the largest priority value, latest arrival on ties',
    [
      ['The one with the smallest priority value', 'Smaller values are more important and are protected.'],
      ['The oldest request', 'Age only breaks ties between equal priorities.'],
      ['A random one', 'The choice is deterministic.'],
    ],
  ),
  numeric(
    { ...b('leviathan-table', 'vllm/speculative-decoding'), prompt: 'With α = 0.6 and γ = 2 draft tokens (and a free draft model), how many tokens per target run do you expect? (1 − α^(γ+1)) / (1 − α)', explanation: '(1 − 0.216) / 0.4 = 1.96, matching the 1.96× speed in Leviathan et al.’s Table 1.', terms: ['speculative-decoding', 'acceptance-rate'], source: SRC.specDecodingPaper.url },
    1.96,
    'tokens',
    { tolerance: 0.02, traps: [[1.2, 'That is α × γ; use the capped geometric formula.']] },
  ),
  single(
    { ...b('v1-no-swap', 'vllm/preemption'), prompt: 'Which statement about vLLM V1 and CPU memory is true?', explanation: 'V1 has no swap space for preemption (the unused swap_space option was removed in v0.18.0); CPU memory can hold KV only through offloading connectors used for reuse.', terms: ['swapping', 'kv-cache-offloading'], source: SRC.vllmV1Guide.url },
    'V1 never swaps preempted requests to CPU; CPU KV storage comes from offloading connectors',
    [
      ['V1 swaps preempted requests to 4 GiB of CPU swap space per GPU', 'That was V0’s behaviour.'],
      ['V1 keeps model weights in CPU memory by default', 'Weights live on the GPU.'],
      ['V1 copies every block to CPU after each step', 'Only offloading connectors copy blocks, and only when configured.'],
    ],
  ),
  single(
    { ...b('eagle-lookahead', 'vllm/speculative-decoding'), prompt: 'Why does an EAGLE-style drafter need extra KV slots per running request?', explanation: 'Draft tokens need KV entries while they are verified, so vLLM reserves k lookahead slots through allocate_slots.', terms: ['eagle', 'speculative-decoding'], source: SRC.vllmRepo.url },
    'Its draft tokens need KV entries while being verified',
    [
      ['To store the draft model’s weights', 'Weights are not stored in KV blocks.'],
      ['To cache drafts in the prefix cache', 'Draft tokens are never hashed into the prefix cache.'],
      ['For the bonus token only', 'All k draft positions need slots.'],
    ],
  ),
  single(
    { ...b('full-isl-admission', 'vllm/preemption'), prompt: 'In vLLM 0.33 with default settings, what must fit in free KV blocks before a waiting request is admitted?', explanation: 'Its whole current sequence (prompt plus any output so far, less prefix-cache hits), because scheduler_reserve_full_isl is on by default since about v0.19 (PR #37307). Future output is not reserved. At v0.11 only the first chunk had to fit.', terms: ['scheduler-reserve-full-isl', 'waiting-queue'], source: SRC.vllmFullIslPr.url },
    'Its whole current sequence, but not its future output',
    [
      ['Only its first prefill chunk', 'That was the rule up to v0.11; since about v0.19 the default is the whole sequence.'],
      ['Its prompt plus max_tokens', 'vLLM never reserves room for output it has not generated yet.'],
      ['Nothing: blocks are allocated after admission', 'allocate_slots checks free blocks at admission, all or nothing.'],
    ],
  ),
  single(
    { ...b('async-scheduling-default', 'vllm/continuous-batching'), prompt: 'What does async scheduling, on by default since vLLM v0.14.0, change?', explanation: 'The scheduler plans step N+1 while the GPU runs step N, so the CPU time spent scheduling no longer adds to every step; scheduled but unsampled tokens are tracked as placeholders.', terms: ['async-scheduling', 'engine-core'], source: SRC.vllmAsyncSchedPr.url },
    'The next step is scheduled while the current one runs on the GPU',
    [
      ['Requests are answered out of arrival order', 'Admission order is unchanged; only the timing of scheduling moves.'],
      ['Prefills and decodes run on separate GPUs', 'That is prefill/decode disaggregation, a different feature.'],
      ['The scheduler skips steps when the GPU is busy', 'Every step is still scheduled; it is planned one step ahead.'],
    ],
  ),
  single(
    { ...b('watermark-default', 'vllm/preemption'), prompt: 'vLLM re-added an admission watermark in about v0.24. What is its default, and what does raising it trade?', explanation: 'It defaults to 0 (off). A watermark keeps a fraction of all blocks free when admitting while requests run: fewer preemptions and a better inter-token-latency tail, at the cost of time to first token.', terms: ['watermark', 'preemption'], source: SRC.vllmWatermarkPr.url },
    '0 (off); fewer preemptions for a longer time to first token',
    [
      ['0.01, as in V0; it has no cost', 'V0 had 0.01; the V1 setting defaults to 0, and held-back blocks delay admissions.'],
      ['0.05; more throughput at no latency cost', 'It is off by default, and it delays admissions.'],
      ['0 (off); it makes preemption impossible', 'Future output is never reserved, so running requests can still run out.'],
    ],
  ),
  single(
    { ...b('free-queue-unhashed', 'vllm/paged-attention'), prompt: 'In vLLM 0.33, where does a freed KV block that holds no prefix-cache hash go in the free queue?', explanation: 'To the head, for immediate reuse, so it does not push cached blocks towards eviction (PR #42656, about v0.24). Hashed blocks still go to the tail. At v0.11 every freed block went to the tail.', terms: ['free-block-queue', 'lru-eviction'], source: SRC.vllmFreeQueuePr.url },
    'To the head, to be reused first',
    [
      ['To the tail, like every freed block', 'That was v0.11; since about v0.24 only hashed blocks go to the tail.'],
      ['Nowhere: it stays with the request', 'A block that no request references returns to the free queue.'],
      ['Into a separate CPU pool', 'Freed blocks stay on the GPU, in the free queue.'],
    ],
  ),
];
