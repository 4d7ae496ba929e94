import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'llm-d/kv-cache-tiers';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'llm-d' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    order(
      {
        ...base(1),
        prompt: 'Order the KV-cache tiers from fastest (and smallest) to slowest (and largest).',
        explanation: 'GPU HBM (tens of GB per GPU) → CPU RAM (hundreds of GB per node) → local NVMe → shared or remote storage (terabytes, shareable across replicas).',
        terms: ['tiered-prefix-cache', 'hbm'],
        source: SRC.llmdTieredGuide.url,
      },
      ['GPU HBM', 'CPU RAM', 'Local NVMe disk', 'Shared file system or remote storage'],
    ),
    numeric(
      {
        ...base(2),
        prompt: 'About how long does it take to copy 1 GB of offloaded KV cache back to the GPU over PCIe Gen5 at ~64 GB/s per direction, in ms?',
        explanation: '1 GB / 64 GB/s ≈ 15.6 ms — usually far less than recomputing the thousands of tokens that 1 GB of KV represents.',
        terms: ['pcie', 'kv-cache-offloading'],
      },
      15.6,
      'ms',
      { tolerance: 0.06, traps: [[7.8, 'Use one direction (~64 GB/s), not the bidirectional 128 GB/s.']] },
    ),
    single(
      {
        ...base(3),
        prompt: 'llm-d’s precise prefix index sees a prompt’s first blocks on one pod’s GPU and others only in its CPU tier. How are they weighted by default?',
        explanation: 'Each matched block counts with the best tier holding it: GPU 1.0, CPU 0.8 by default — CPU hits still save prefill but cost a copy.',
        terms: ['precise-prefix-routing', 'tiered-prefix-cache'],
        source: SRC.llmdKvCache.url,
      },
      'GPU blocks 1.0, CPU blocks 0.8',
      [
        ['Both 1.0', 'CPU blocks must be copied back first, so they are worth a little less.'],
        ['GPU blocks 1.0, CPU blocks 0', 'CPU-resident blocks are still far cheaper than recomputation.'],
        ['GPU 0.8, CPU 1.0', 'Faster tiers weigh more, not less.'],
      ],
    ),
    single(
      {
        ...base(4),
        prompt: 'How does KV-cache offloading differ from vLLM V0’s KV swapping?',
        explanation: 'Swapping moved a preempted request’s blocks out and back; offloading keeps copies of cached blocks in slower tiers so any later request with the same prefix can load them instead of recomputing.',
        terms: ['kv-cache-offloading', 'swapping'],
      },
      'Offloading keeps reusable copies for future cache hits; swapping parked a preempted request’s blocks',
      [
        ['They are the same mechanism under a new name', 'Swapping served preemption and was removed in V1; offloading serves reuse.'],
        ['Offloading moves model weights, swapping moves KV', 'Both are about KV; weights stay on the GPU.'],
        ['Offloading only works with disaggregated serving', 'It works on a single aggregated vLLM instance too.'],
      ],
    ),
    multiple(
      {
        ...base(5),
        prompt: 'Which are real ways to add a CPU or storage tier to vLLM’s KV cache?',
        explanation: 'vLLM’s native OffloadingConnector (--kv-offloading-backend native --kv-offloading-size), LMCache via LMCacheConnectorV1, and llm-d’s file-system back end for shared storage.',
        terms: ['kv-cache-offloading', 'lmcache', 'kv-connector'],
        source: SRC.llmdTieredGuide.url,
      },
      ['vLLM’s native OffloadingConnector', 'LMCache through LMCacheConnectorV1', 'llm-d’s file-system back end on shared storage'],
      [
        ['Raising gpu_memory_utilization above 1.0', 'The fraction cannot exceed 1; it never reaches CPU memory.'],
        ['Setting swap_space', 'swap_space belonged to V0’s preemption swapping and has been removed.'],
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'When does adding a CPU tier to vLLM’s KV cache help most?',
        explanation:
          'A tier only pays when requests come back to prefixes that HBM could not keep: a reusable working set larger than HBM but within HBM + CPU. If everything fits in HBM it is never read; if nothing is reused, it only costs copies.',
        terms: ['tiered-prefix-cache', 'kv-cache-offloading', 'prefix-cache-hit-rate'],
        source: SRC.llmdTieredGuide.url,
      },
      'When reused prefixes outgrow HBM but fit in HBM plus CPU memory',
      [
        ['When every prompt is unique', 'Nothing is reused, so offloaded blocks are never loaded back.'],
        ['When the whole working set already fits in HBM', 'Then nothing is evicted, and the tier is never read.'],
        ['Only for disaggregated prefill/decode deployments', 'Offloading works on any vLLM replica, aggregated or not.'],
      ],
    ),
    numeric(
      {
        ...base(7),
        prompt: 'A 6,000-token prefix of a 32B model at TP=2 holds 128 KiB of KV per token on each GPU (786 MB per GPU). Each GPU loads its half from CPU memory over its own PCIe Gen5 link at ~64 GB/s. About how many milliseconds does the load take?',
        explanation: '786 MB ÷ 64 GB/s ≈ 12.3 ms, with both GPUs copying in parallel — against roughly 330 ms to prefill those 6,000 tokens again.',
        terms: ['pcie', 'kv-bytes-per-token', 'tensor-parallelism'],
      },
      12.3,
      'ms',
      { tolerance: 0.08, traps: [[24.6, 'Each GPU loads only its own half of the KV, in parallel with the other.'], [6.1, 'Use one direction of PCIe (~64 GB/s), not both.']] },
    ),
  ],
};

export default check;
