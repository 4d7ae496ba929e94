import { SRC } from '../../glossary/sources.ts';
import { match, multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/paged-attention';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    single(
      {
        ...base(1),
        prompt: 'With PagedAttention, where can KV memory still be wasted for a running request?',
        explanation: 'Blocks are allocated as tokens arrive, so only the unfilled tail of each sequence’s last block is unused — under 4 % per the launch blog.',
        terms: ['paged-attention', 'internal-fragmentation'],
        source: SRC.vllmLaunchBlog.url,
      },
      'In the unfilled slots of the sequence’s last block',
      [
        ['In a slab reserved for the maximum output length', 'That is what earlier systems did; PagedAttention allocates blocks on demand.'],
        ['In gaps between blocks that are too small to reuse', 'Any free block can serve any request, so there is no external fragmentation.'],
        ['Nowhere: every slot is always filled', 'The last block is usually partly empty.'],
      ],
    ),
    numeric(
      {
        ...base(2),
        prompt: 'How many 16-token blocks does a 55-token prompt occupy?',
        explanation: 'ceil(55 / 16) = 4 blocks: three full blocks and one with 7 tokens.',
        terms: ['kv-block'],
      },
      4,
      'blocks',
      { traps: [[3, 'Round up: the 7 tokens after the third block still need a fourth block.'], [55, 'Blocks hold 16 tokens each.']] },
    ),
    numeric(
      {
        ...base(3),
        prompt: 'vLLM V1 is started with num_gpu_blocks = 11. How many blocks can requests actually use?',
        explanation: 'Block 0 is the null block, reserved at start-up and never handed out, so 10 are usable.',
        terms: ['null-block'],
        source: SRC.vllmRepo.url,
      },
      10,
      'blocks',
      { traps: [[11, 'Block 0 is reserved as the null block.']] },
    ),
    multiple(
      {
        ...base(4),
        prompt: 'Which statements about vLLM’s automatic prefix caching are true?',
        explanation: 'Only full blocks are hashed; each hash chains the parent hash with the block’s tokens (plus extras such as the LoRA id and cache salt); the last prompt token is always recomputed so the model can produce logits.',
        terms: ['automatic-prefix-caching', 'block-hash', 'cache-salt'],
        source: SRC.vllmPrefixCaching.url,
      },
      [
        'Only full blocks are cached',
        'A block’s hash includes the hash of the block before it',
        'The last prompt token is always recomputed, even on a full hit',
      ],
      [
        ['Requests using different LoRA adapters share cached blocks', 'The adapter is part of the block hash, so their caches stay separate.'],
        ['A finished request’s blocks are erased immediately', 'Freed blocks keep their hashes and can be hit until an allocation evicts them.'],
      ],
    ),
    match(
      {
        ...base(5),
        prompt: 'Match each mechanism with what it does.',
        explanation: 'The block table maps logical to physical blocks; reference counts track sharing; copy-on-write duplicates a shared block before a write; the null block is a reserved placeholder.',
        terms: ['block-table', 'reference-count', 'copy-on-write', 'null-block'],
      },
      [
        ['Block table', 'Maps a request’s logical blocks to physical block ids'],
        ['Reference count', 'Counts the running requests that use a block'],
        ['Copy-on-write', 'Copies a shared block only when one sequence must write to it'],
        ['Null block', 'A reserved placeholder block that is never handed to a request'],
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'Two requests share a 3-block prefix. Both finish. Which of their blocks does vLLM evict last?',
        explanation: 'Blocks are freed in reverse order, and cached (hashed) blocks are appended to the free queue’s tail, so the shared prefix blocks end up at the tail and are evicted last. In vLLM 0.33 a partly filled last block has no hash and goes straight to the head (since about v0.24), so it is reused even sooner.',
        terms: ['free-block-queue', 'lru-eviction'],
        source: SRC.vllmPrefixCaching.url,
      },
      'The shared prefix blocks',
      [
        ['The first request’s last block', 'Tail blocks are freed first and land nearer the head, so they are evicted earlier.'],
        ['Whichever block has the lowest id', 'Order follows recency and freeing order, not block id.'],
        ['None: freed blocks are never evicted', 'Cached blocks in the free queue are evicted lazily when an allocation reaches them.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt:
          'In the “Parallel sampling shares blocks” widget, step until the request’s four samples have forked, then select one and read its block table. What reference count do the full prompt blocks show?',
        explanation:
          'All four samples map the same physical blocks, so each full prompt block is referenced 4 times (“shared by 4”); only the partly filled last block gets copied on write.',
        terms: ['reference-count', 'copy-on-write'],
      },
      '4',
      [
        ['1', 'One is the count before the fork; after it every sample holds a reference.'],
        ['3', 'The original sequence counts too: four samples, four references.'],
        ['0', 'A block at reference count 0 is free; these are in use by all four samples.'],
      ],
    ),
    numeric(
      {
        ...base(8),
        prompt:
          'In the “Prefix sharing saves memory” widget, six requests start with the same system prompt. Play it through: how many of them find blocks in the prefix cache?',
        explanation:
          'The first request computes the system prompt and registers its full blocks; each of the five that arrive later hits them (the narration says “found its first … blocks in the prefix cache”).',
        terms: ['automatic-prefix-caching'],
      },
      5,
      'requests',
      { traps: [[6, 'The first request has nothing to hit: it is the one that fills the cache.']] },
    ),
  ],
};

export default check;
