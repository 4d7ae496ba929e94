import { SRC } from '../../glossary/sources.ts';
import { match, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/tensor-parallelism';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'Llama-3.1-8B has 32 decoder layers. With tensor parallelism, how many all-reduces do its decoder layers perform in one forward pass?',
        explanation: 'Each layer ends its attention block (o_proj) and its MLP (down_proj) with a row-parallel layer that all-reduces: 2 × 32 = 64. Embedding and LM head add their own collectives.',
        terms: ['tensor-parallelism', 'all-reduce'],
        source: SRC.megatronPaper.url,
      },
      64,
      'all-reduces',
      { traps: [[32, 'There are two per layer: after attention and after the MLP.'], [128, 'Only the two row-parallel projections all-reduce; the column-parallel ones do not.']] },
    ),
    numeric(
      {
        ...base(2),
        prompt: 'Llama-3.1-70B has about 141 GB of bf16 weights. With TP=4, roughly how many GB of weights does each GPU hold?',
        explanation: 'Weights are sharded evenly: 141 / 4 ≈ 35 GB per GPU, leaving the rest of an 80 GB H100 for KV cache and activations.',
        terms: ['tensor-parallelism', 'model-parameters'],
      },
      35.3,
      'GB',
      { tolerance: 0.05, traps: [[141, 'Tensor parallelism shards the weights; no GPU holds the full copy.'], [70.5, 'That is TP=2.']] },
    ),
    single(
      {
        ...base(3),
        prompt: 'What does vLLM’s documentation recommend for a model too big for one 8-GPU node?',
        explanation: 'Tensor parallelism inside each node (over NVLink) and pipeline parallelism across nodes, because TP all-reduces twice in every layer while PP only passes activations between stages.',
        terms: ['pipeline-parallelism', 'tensor-parallelism', 'nvlink'],
        source: SRC.vllmParallelism.url,
      },
      'Tensor parallelism within each node and pipeline parallelism across nodes',
      [
        ['Tensor parallelism across all GPUs of both nodes', 'TP all-reduces every layer; across nodes the slower network makes that costly.'],
        ['Data parallelism across nodes', 'DP replicates the whole model; it does not help a model that fits on no single node.'],
        ['Pipeline parallelism within nodes and tensor parallelism across them', 'That puts the chatty collective on the slow links.'],
      ],
    ),
    match(
      {
        ...base(4),
        prompt: 'Match each kind of parallelism with what it splits.',
        explanation: 'TP splits each layer’s weight matrices; PP splits the layer stack into stages; DP replicates the model; EP spreads MoE experts over GPUs.',
        terms: ['tensor-parallelism', 'pipeline-parallelism', 'data-parallelism', 'expert-parallelism'],
      },
      [
        ['Tensor parallelism', 'Each layer’s weight matrices, across GPUs'],
        ['Pipeline parallelism', 'Consecutive groups of layers, as stages'],
        ['Data parallelism', 'Nothing: whole copies of the model serve different requests'],
        ['Expert parallelism', 'The experts of mixture-of-experts layers'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'With TP=4 and 8 KV heads, what does each GPU keep of a request’s KV cache?',
        explanation: 'KV heads are divided among ranks (8 / 4 = 2 per GPU); the block table is shared, but each GPU stores only its own heads’ keys and values.',
        terms: ['tensor-parallelism', 'kv-cache', 'grouped-query-attention'],
        source: SRC.pagedAttentionPaper.url,
      },
      'The keys and values of its own 2 KV heads, in blocks with the same ids on every GPU',
      [
        ['A full copy of the KV cache', 'That would waste memory; heads are split across ranks.'],
        ['A quarter of the layers’ KV cache', 'Splitting by layers is pipeline parallelism.'],
        ['Nothing: the KV cache lives on GPU 0', 'Every rank stores KV for the heads it computes.'],
      ],
    ),
  ],
};

export default check;
