import { SRC } from '../../glossary/sources.ts';
import { acronym, multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import { adapterMB, blocksForSlots, FIRST_STEP_REQUESTS, firstStepScheduled, storageLoads } from '../../../widget-models/lora/quizFacts.ts';

const lesson = 'vllm/lora';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

// Graded by the model: answers come from the engine's scheduler and adapter caches, and the cost model.
const scheduled2 = firstStepScheduled(2);
const arrivals = FIRST_STEP_REQUESTS.map(([id, a]) => `${id} (${a})`).join(', ');
const SEQUENCE = ['A', 'B', 'A', 'C', 'A', 'B'] as const;
const loads2 = storageLoads(SEQUENCE, 2);
const loads3 = storageLoads(SEQUENCE, 3);
const rank16MB = Math.round(adapterMB(16));
const slotBlocks = blocksForSlots(4, 256);
const list = (xs: readonly string[]) => xs.join(', ');

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
    single(
      {
        ...base(6),
        prompt: `--max-loras 2, and six requests for adapters arrive together in this order: ${arrivals}. Which ones does vLLM’s scheduler put in the first step? (Prompts are short, so the token budget is not the limit.)`,
        explanation: `A and B fill the two adapter places; r3 (C) and r5 (D) are skipped for this step, but the scan goes on, so r4 and r6, whose adapters are already in the batch, join it. Scheduled: ${list(scheduled2)}.`,
        terms: ['multi-lora', 'waiting-queue'],
        source: SRC.vllmRepo.url,
      },
      list(scheduled2),
      [
        ['r1, r2', 'A skipped request does not end the scan: later requests for A and B still join.'],
        ['r1, r2, r3, r4, r5, r6', 'That is four distinct adapters in one step, more than max_loras allows.'],
        ['r1, r4', 'That would be max_loras 1; with 2, B joins too.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: `--max-loras 1 and --max-cpu-loras 2. Batches use adapters in this order: ${SEQUENCE.join(', ')}, none of them loaded at first. How many times is an adapter read from storage?`,
        explanation: `A and B are loaded; A is a CPU-cache hit; C is loaded and evicts B, the least recently used; A is a hit; B must be loaded again: ${loads2.loads} loads for ${loads2.activations} slot changes. With --max-cpu-loras 3 it would be ${loads3.loads}.`,
        terms: ['multi-lora'],
        source: SRC.vllmLora.url,
      },
      `${loads2.loads} times`,
      [
        [`${loads3.loads} times`, 'That would need room for three adapters in the CPU cache; with two, B is evicted when C arrives.'],
        [`${loads2.activations} times`, 'CPU-cache hits only copy the adapter into the GPU slot; they do not read storage.'],
        ['2 times', 'The cache holds two adapters, but a third one (C) pushes B out, so B is read again.'],
      ],
    ),
    numeric(
      {
        ...base(8),
        prompt: 'vLLM reserves GPU memory for every adapter slot at the largest rank before sizing the KV cache. Llama 3.1 8B on an H100 keeps 16-token KV blocks of 2 MiB. About how many KV blocks do --max-loras 4 and --max-lora-rank 256 cost, if an adapter adapts all seven projections of every layer?',
        explanation: `One rank-256 adapter on q, k, v, o, gate, up and down of all 32 layers is about 1.34 GB in bf16; four slots are about 5.4 GB, or ${slotBlocks} blocks of 2 MiB.`,
        terms: ['multi-lora', 'kv-block'],
        source: SRC.vllmLora.url,
      },
      slotBlocks,
      'blocks',
      { tolerance: 0.03, traps: [[blocksForSlots(1, 256), 'That is one slot; max_loras slots are reserved.'], [blocksForSlots(4, 16), 'That is rank 16: slots are sized by --max-lora-rank, not by the adapters you load.']] },
    ),
    numeric(
      {
        ...base(9),
        prompt: 'About how large is one rank-16 LoRA adapter for Llama 3.1 8B that adapts all seven linear projections (q, k, v, o, gate, up, down) of its 32 layers, in bf16?',
        explanation: `Per layer the projections’ input plus output widths sum to 81,920; × 16 (rank) × 32 layers × 2 bytes ≈ ${rank16MB} MB, against about 16 GB for the base weights.`,
        terms: ['lora'],
        source: SRC.loraPaper.url,
      },
      rank16MB,
      'MB',
      { tolerance: 0.05, traps: [[rank16MB / 2, 'Count both A (r × in) and B (out × r): each projection adds r × (in + out).'], [16_000, 'That is the base model; the adapter is about 0.5 % of it.']] },
    ),
    single(
      {
        ...base(10),
        prompt: 'You want to add and remove adapters on a running vLLM 0.33 server without a restart. What do you need?',
        explanation: 'POST /v1/load_lora_adapter {"lora_name", "lora_path"} and POST /v1/unload_lora_adapter {"lora_name"} work only with --enable-lora and the environment variable VLLM_ALLOW_RUNTIME_LORA_UPDATING=True.',
        terms: ['multi-lora'],
        source: SRC.vllmLora.url,
      },
      '--enable-lora, VLLM_ALLOW_RUNTIME_LORA_UPDATING=True, then POST /v1/load_lora_adapter',
      [
        ['Nothing: every vLLM server accepts POST /v1/load_lora_adapter', 'The endpoints are off unless the environment variable allows run-time updates.'],
        ['--lora-modules with a directory that vLLM watches for new adapters', '--lora-modules lists adapters at start-up; it does not watch a directory.'],
        ['A larger --max-loras, which reserves slots for adapters loaded later', 'max_loras limits adapters per batch; it does not enable run-time loading.'],
      ],
    ),
    single(
      {
        ...base(11),
        prompt: 'The llm-d lora-affinity-scorer rates pods for a request naming adapter X. Pod 1 has X among its active adapters; pod 2 has no X but fewer adapters in flight than its max_lora; pod 3 has neither. How does it score them?',
        explanation: 'It reads vllm:lora_requests_info: 1.0 when the adapter is already active, 0.8 when the pod has room for another adapter, 0 otherwise. KServe’s LLMInferenceService adds it (weight 4) to the managed scheduler when the model has adapters.',
        terms: ['lora-affinity'],
        source: SRC.llmdRouter.url,
      },
      'Pod 1 highest, pod 2 a little lower, pod 3 zero',
      [
        ['All three equally: the EPP does not know about adapters', 'vLLM exports running and waiting adapters and max_lora; the scorer reads them.'],
        ['Pod 2 highest, to spread adapters over pods', 'Landing where the adapter is already active avoids a load and a skipped step.'],
        ['Pod 3 is filtered out and the request fails if no pod has X', 'A scorer only ranks pods; it never removes one.'],
      ],
    ),
  ],
};

export default check;
