import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/kv-cache-memory';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'How many KiB of KV cache does one token take for Llama-3.1-8B in bf16? (32 layers, 32 query heads, 8 KV heads, head dimension 128)',
        explanation: '2 (K and V) × 32 layers × 8 KV heads × 128 × 2 bytes = 131,072 bytes = 128 KiB.',
        terms: ['kv-bytes-per-token', 'grouped-query-attention'],
        source: SRC.llamaConfig8b.url,
      },
      128,
      'KiB',
      {
        traps: [
          [64, 'You left out the factor 2: every token stores both a key and a value.'],
          [512, 'Use the 8 KV heads, not the 32 query heads: grouped-query attention shares each KV head among 4 query heads.'],
          [256, 'bf16 takes 2 bytes per element, not 4.'],
        ],
      },
    ),
    numeric(
      {
        ...base(2),
        prompt: 'And for Llama-3.1-70B in bf16 (80 layers, 8 KV heads, head dimension 128)?',
        explanation: '2 × 80 × 8 × 128 × 2 bytes = 327,680 bytes = 320 KiB.',
        terms: ['kv-bytes-per-token'],
        source: SRC.llamaConfig70b.url,
      },
      320,
      'KiB',
      { traps: [[160, 'Include both the key and the value (factor 2).'], [2560, 'Llama-3.1-70B has 8 KV heads, not 64: use the KV heads.']] },
    ),
    numeric(
      {
        ...base(3),
        prompt: 'About how many tokens of KV cache fit in 40 GiB for Llama-3.1-8B in bf16?',
        explanation: '40 GiB / 128 KiB per token = 40 × 8,192 = 327,680 tokens (in 20,480 blocks of 16).',
        terms: ['kv-bytes-per-token', 'num-gpu-blocks'],
      },
      327680,
      'tokens',
      { tolerance: 0.03, traps: [[163840, 'That assumes 256 KiB per token; Llama-3.1-8B needs 128 KiB.'], [20480, 'That is the number of 16-token blocks, not tokens.']] },
    ),
    single(
      {
        ...base(4),
        prompt: 'What is gpu_memory_utilization a fraction of?',
        explanation: 'It is a per-instance fraction of the GPU’s total memory; weights, activations and KV cache must all fit inside it. Two instances on one GPU need fractions that add up to less than 1.',
        terms: ['gpu-memory-utilization'],
        source: SRC.vllmEngineArgs.url,
      },
      'The GPU’s total memory, covering weights, activations and KV cache together',
      [
        ['The memory that is free when vLLM starts', 'vLLM multiplies total memory, not free memory; another process’s memory is not subtracted for you.'],
        ['The memory reserved for KV cache only', 'Weights and activations come out of the same budget; KV gets what is left.'],
        ['The GPU’s compute time', 'It is a memory fraction; it does not limit compute.'],
      ],
    ),
    multiple(
      {
        ...base(5),
        prompt: 'Which changes reduce the KV-cache bytes each token needs?',
        explanation: 'Bytes per token = 2 × layers × KV heads × head dim × bytes per element: fewer KV heads (GQA) or fewer bytes per element (FP8 KV) shrink it.',
        terms: ['kv-bytes-per-token', 'kv-cache-dtype', 'grouped-query-attention'],
      },
      ['A model with grouped-query attention (fewer KV heads)', 'An FP8 KV cache (--kv-cache-dtype fp8)'],
      [
        ['A larger block size', 'Block size changes the allocation granularity, not the bytes each token needs.'],
        ['Raising gpu_memory_utilization', 'That gives the cache more memory in total; each token still needs the same bytes.'],
        ['Enabling prefix caching', 'Prefix caching avoids storing a shared prefix twice; it does not shrink a token’s entry.'],
      ],
    ),
    order(
      {
        ...base(6),
        prompt: 'Order the steps by which vLLM 0.33 sizes its KV cache at start-up.',
        explanation: 'Requested memory = total × gpu_memory_utilization (0.92 by default since v0.21); a profiling forward pass measures peak non-KV memory and a dummy CUDA-graph capture estimates graph memory; all of that is subtracted, and the rest is divided by the per-block size across layers; the log reports the resulting capacity. At v0.11 the default was 0.9 and graph memory was not subtracted.',
        terms: ['profiling-run', 'num-gpu-blocks', 'gpu-memory-utilization', 'cuda-graphs'],
      },
      [
        'Multiply total GPU memory by gpu_memory_utilization',
        'Run a dummy forward pass at the full token budget, and a dummy CUDA-graph capture, to measure peak memory',
        'Subtract weights, peak activations, the CUDA-graph estimate and other non-KV memory',
        'Divide what remains by the size of one block across all layers',
        'Log “GPU KV cache size: N tokens” and the maximum concurrency',
      ],
    ),
    numeric(
      {
        ...base(7),
        prompt:
          'In the lesson’s “Watch fragmentation” widget, play to the end and read “Running now / most at once”. What is the most requests the contiguous allocator ever runs at the same time?',
        explanation:
          'Each request reserves prompt + max_tokens when it is admitted, so three reservations fill most of the 2,544-slot memory and the rest wait; the paged allocator, on the same memory, runs all eight.',
        terms: ['internal-fragmentation', 'external-fragmentation'],
      },
      3,
      'requests',
      { traps: [[8, 'That is the paged allocator’s figure: it hands out blocks as tokens arrive, so all eight fit.']] },
    ),
    single(
      {
        ...base(8),
        prompt: 'In the PagedAttention paper’s profiling of earlier serving systems, what share of the KV-cache memory held actual token states?',
        explanation:
          'Only 20.4 %–38.2 % (paper §1, Fig. 2); the rest went to reserved slots, internal fragmentation and external fragmentation.',
        terms: ['internal-fragmentation', 'external-fragmentation', 'kv-cache'],
        source: SRC.pagedAttentionPaper.url,
      },
      '20.4 %–38.2 %',
      [
        ['About 96 %', 'That is roughly what PagedAttention reaches: waste under 4 %, within one block per request.'],
        ['60 %–80 %', 'That is how much was wasted (the launch blog’s figure), not how much held tokens.'],
        ['Under 4 %', 'Under 4 % is vLLM’s waste, from the launch blog.'],
      ],
    ),
  ],
};

export default check;
