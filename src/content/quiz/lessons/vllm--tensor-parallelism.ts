import { SRC } from '../../glossary/sources.ts';
import { coefficientsFor, compareStrategies, findGpu, findModel, linkOf, planMemory, QWEN3_30B_A3B, tensorSplit, weightBytesPerGpu, winners, type StrategyId } from '../../../sim/cost/index.ts';
import { match, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/tensor-parallelism';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

function need<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`${what} is missing from the catalog`);
  return x;
}
const h100 = need(findGpu('h100-sxm-80gb'), 'H100');
const llama8b = need(findModel('llama-3.1-8b'), 'Llama-3.1-8B');
const llama70b = need(findModel('llama-3.1-70b'), 'Llama-3.1-70B');
const blocks = (tp: number) => planMemory({ model: llama8b, gpu: h100, tp, weightDtype: 'bf16', kvDtype: 'bf16' }).numGpuBlocks;

/**
 * Answers graded by the course's model (tests/unit/content/tensor-parallel-lesson.test.ts checks
 * them against the widget's own figures): the memory planner at vLLM 0.33's defaults, the layer
 * split, and the layout comparison of the `compare-dense` preset.
 */
export const TP_KC_FACTS = {
  /** KV blocks Llama-3.1-8B gains on H100s going from TP 1 to TP 4 (bf16, default gpu_memory_utilization). */
  blocksGainedTp4: blocks(4) - blocks(1),
  blocksTp1: blocks(1),
  /** GB (10⁹ bytes) of bf16 weights each GPU holds for Llama-3.1-70B at TP 4. */
  weights70bTp4GB: Math.round(weightBytesPerGpu(llama70b, 'bf16', 4) / 1e8) / 10,
  /** GPUs that hold each KV head of Qwen3-30B-A3B at TP 8. */
  qwenKvCopies: tensorSplit(QWEN3_30B_A3B, 8).kvCopies,
  /** Llama-3.1-8B on eight H100s, 16 sequences at 4,096 tokens: the layout fastest per token and the one with most tokens/s at full load. */
  dense8: winners(compareStrategies({ model: llama8b, gpu: h100, coeffs: coefficientsFor(h100), gpus: 8, batch: 16, contextTokens: 4096, link: linkOf(h100, 'gpu') })),
} as const;

const LAYOUT: Record<StrategyId, string> = {
  tp: 'Tensor parallel over all eight (--tensor-parallel-size 8)',
  pp: 'Pipeline parallel, eight stages (--pipeline-parallel-size 8)',
  dp: 'Eight replicas (--data-parallel-size 8)',
  ep: 'Expert parallel (--enable-expert-parallel)',
};
const WHY_NOT: Record<StrategyId, string> = {
  tp: 'Each GPU reads only an eighth of the weights per step, so TP gives the shortest step; but at full load its single engine is capped by max_num_seqs and pays 64 all-reduces a step.',
  pp: 'A token still passes through all eight stages one after another, and the stages hand micro-batches along: the longest time between tokens of the four.',
  dp: 'Each replica reads all the weights for its own few sequences, so its steps are longer than TP 8’s; it wins on total tokens/s once every replica is full.',
  ep: 'Llama-3.1-8B is dense: there are no experts to spread.',
};
const layoutItem = (n: number, kind: 'latency' | 'throughput', prompt: string, explanation: string) => {
  const right = TP_KC_FACTS.dense8[kind];
  if (!right) throw new Error('no runnable layout');
  const wrong = (['tp', 'pp', 'dp', 'ep'] as const).filter((id) => id !== right);
  return single({ ...base(n), prompt, explanation, terms: ['tensor-parallelism', 'data-parallelism', 'pipeline-parallelism'], source: SRC.vllmParallelism.url }, LAYOUT[right], wrong.map((id) => [LAYOUT[id], WHY_NOT[id]] as const));
};

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
        prompt: 'Llama-3.1-70B is stored in bf16. With TP = 4, how many GB (10⁹ bytes) of weights does each GPU hold?',
        explanation: `About 70.6 billion parameters × 2 bytes ≈ 141 GB, sharded four ways: ≈ ${TP_KC_FACTS.weights70bTp4GB} GB per GPU (norms are copied, which adds almost nothing). That leaves most of an 80 GB H100 for activations and KV cache.`,
        terms: ['tensor-parallelism', 'model-parameters'],
      },
      TP_KC_FACTS.weights70bTp4GB,
      'GB',
      { tolerance: 0.03, traps: [[141, 'Tensor parallelism shards the weights; no GPU holds the full copy.'], [70.5, 'That is TP = 2.']] },
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
        prompt: 'With TP = 4 and 8 KV heads, what does each GPU keep of a request’s KV cache?',
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
    numeric(
      {
        ...base(6),
        prompt: `Llama-3.1-8B in bf16 on one H100 gets ${TP_KC_FACTS.blocksTp1.toLocaleString('en-US')} KV blocks of 16 tokens at vLLM 0.33’s defaults. How many more blocks does the pool have at TP = 4? (Use the tensor-parallel widget.)`,
        explanation: `At TP 4 each GPU keeps a quarter of the weights and a quarter of each token’s KV (2 of the 8 KV heads), so the memory freed by the weights turns into blocks, and each block costs a quarter as much: ${(TP_KC_FACTS.blocksTp1 + TP_KC_FACTS.blocksGainedTp4).toLocaleString('en-US')} blocks, ${TP_KC_FACTS.blocksGainedTp4.toLocaleString('en-US')} more — more than four times as many, not just four times.`,
        terms: ['tensor-parallelism', 'num-gpu-blocks', 'kv-block'],
        source: SRC.vllmParallelism.url,
      },
      TP_KC_FACTS.blocksGainedTp4,
      'blocks',
      { tolerance: 0.02, traps: [[3 * TP_KC_FACTS.blocksTp1, 'That assumes four times the blocks; the weights also shrink to a quarter, which frees more memory for KV.']] },
    ),
    numeric(
      {
        ...base(7),
        prompt: 'Qwen3-30B-A3B has 32 query heads and 4 KV heads. At --tensor-parallel-size 8, on how many GPUs is each KV head computed and stored?',
        explanation: `vLLM gives each rank max(1, 4 / 8) = 1 KV head; with 8 ranks and 4 heads, each head is replicated on ${TP_KC_FACTS.qwenKvCopies} GPUs. The KV bytes per token on each GPU stop shrinking beyond TP 4, so TP 8 adds few KV blocks.`,
        terms: ['tensor-parallelism', 'grouped-query-attention', 'kv-cache'],
        source: SRC.vllmParallelism.url,
      },
      TP_KC_FACTS.qwenKvCopies,
      'GPUs',
      { traps: [[1, 'There are only 4 KV heads for 8 GPUs: each must be on more than one.'], [0.5, 'A GPU cannot hold half a head; vLLM replicates whole heads.']] },
    ),
    numeric(
      {
        ...base(8),
        prompt: 'Llama-3.1-8B (hidden size 4,096) decodes 32 sequences under TP. How many KiB does each all-reduce carry (bf16 activations)?',
        explanation: 'One token’s hidden state per sequence: 32 × 4,096 × 2 bytes = 262,144 bytes = 256 KiB, twice per layer. Decode all-reduces are small, so their latency matters as much as link bandwidth; a 2,048-token prefill chunk makes them 64 times bigger.',
        terms: ['all-reduce', 'tensor-parallelism'],
        source: SRC.megatronPaper.url,
      },
      256,
      'KiB',
      { traps: [[32, 'Count the hidden size: every token carries 4,096 values.'], [64, 'Each value is 2 bytes in bf16, and there are 32 tokens.']] },
    ),
    layoutItem(
      9,
      'latency',
      'Eight H100s serve Llama-3.1-8B, 16 sequences at a time with 4,096 tokens of context, over NVLink. In the course’s model, which layout gives each sequence the shortest time between tokens?',
      'TP 8 splits every weight read eight ways, so one decode step is shortest, even with 64 all-reduces; replicas each read the whole model for their two sequences.',
    ),
    layoutItem(
      10,
      'throughput',
      'The same eight H100s and Llama-3.1-8B: which layout reaches the most tokens per second when its KV cache is full, in the course’s model?',
      'Eight independent engines each fill their own KV cache with a large batch and never communicate; one TP 8 engine is capped at max_num_seqs 1,024 and pays 64 all-reduces per step.',
    ),
  ],
};

export default check;
