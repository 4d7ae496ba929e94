import { SRC } from '../../glossary/sources.ts';
import { acronym, multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/lora';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'What does vLLM’s max_loras setting limit?',
        explanation: 'max_loras (default 1) is the number of distinct adapters allowed in one batch; max_cpu_loras sizes the CPU cache of loaded adapters.',
        terms: ['multi-lora'],
        source: SRC.vllmLora.url,
      },
      'How many different adapters can appear in one batch',
      [
        ['How many adapters can be registered with the server', 'Many more adapters can be known; max_cpu_loras caches them in CPU memory.'],
        ['The maximum LoRA rank', 'That is max_lora_rank (default 16).'],
        ['How many requests per adapter can run', 'Any number of requests may share one adapter.'],
      ],
    ),
    single(
      {
        ...base(2),
        prompt: 'max_loras is 4 and this step’s batch already uses adapters A–D. A waiting request asks for adapter E. What happens?',
        explanation: 'The request is skipped for this step and stays waiting; it is admitted in a later step when a slot frees up.',
        terms: ['multi-lora', 'waiting-queue'],
        source: SRC.vllmRepo.url,
      },
      'It is skipped for this step and stays in the waiting queue',
      [
        ['It is rejected with an error', 'It is not rejected; it waits.'],
        ['Adapter D is evicted mid-step to make room', 'Running requests keep their adapters.'],
        ['It runs on the base model without the adapter', 'vLLM never silently drops the adapter.'],
      ],
    ),
    multiple(
      {
        ...base(3),
        prompt: 'Which statements about multi-LoRA serving in vLLM are true?',
        explanation: 'Punica-style kernels apply per-token adapters within one batch; the adapter is part of each block hash, so prefix caches are per adapter; max_cpu_loras is an LRU cache in host memory.',
        terms: ['multi-lora', 'punica', 'block-hash'],
      },
      [
        'Requests for different adapters can share one batch',
        'Cached prefix blocks are never shared between different adapters',
        'An LRU cache in CPU memory keeps recently used adapters ready',
      ],
      [
        ['Each adapter needs its own replica of the base model', 'One base model serves all adapters; that is the point.'],
        ['Adapters are merged into the base weights for every request', 'vLLM applies the low-rank update in separate kernels, leaving base weights untouched.'],
      ],
    ),
    numeric(
      {
        ...base(4),
        prompt: 'A rank-16 LoRA adapter on one 4,096 × 4,096 projection adds matrices A (16 × 4,096) and B (4,096 × 16). How many parameters is that?',
        explanation: '16 × 4,096 + 4,096 × 16 = 131,072 parameters, against 16.8 million in the full matrix (under 1 %).',
        terms: ['lora'],
        source: SRC.loraPaper.url,
      },
      131072,
      'parameters',
      { traps: [[65536, 'Count both A and B.'], [16777216, 'That is the full 4,096 × 4,096 matrix, which LoRA leaves frozen.']] },
    ),
    acronym(
      {
        ...base(5),
        prompt: 'What does LoRA stand for?',
        explanation: 'Low-rank adaptation: fine-tuning by learning a low-rank update B·A to frozen weights.',
        terms: ['lora'],
        source: SRC.loraPaper.url,
      },
      'LoRA',
      'Low-rank adaptation',
      { accept: ['low rank adapter', 'low rank adapters'], near: [['Long-range attention', 'LoRA is a fine-tuning method, not an attention variant.']] },
    ),
  ],
};

export default check;
