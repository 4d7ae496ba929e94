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
  ],
};

export default check;
