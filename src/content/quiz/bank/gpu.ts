/** Hand-written practice items on GPUs, memory and interconnects. */
import { SRC } from '../../glossary/sources.ts';
import { match, multiple, numeric, single } from '../../../quiz/build.ts';
import type { QuizItem } from '../../../quiz/schema.ts';

const b = (slug: string, lesson: string) => ({ id: `bank:gpu:${slug}`, topic: 'gpu' as const, lesson });

export const GPU_BANK: QuizItem[] = [
  single(
    { ...b('decode-bound', 'vllm/continuous-batching'), prompt: 'At small batch sizes, what limits the speed of LLM decoding?', explanation: 'Memory bandwidth: every step streams all weights (and the KV cache) for very little arithmetic per byte.', terms: ['memory-bound', 'decode'], source: SRC.palmInference.url },
    'Memory bandwidth',
    [
      ['Tensor-core FLOP/s', 'Decode does about 2 FLOPs per weight per sequence, far below the compute limit.'],
      ['PCIe bandwidth', 'Weights stay in HBM; PCIe is not on the decode path.'],
      ['CPU speed', 'CPU overhead matters but is hidden with CUDA graphs and async scheduling.'],
    ],
  ),
  numeric(
    { ...b('balance-point', 'vllm/continuous-batching'), prompt: 'An H100 SXM offers ~989 TFLOP/s of dense bf16 and ~3.35 TB/s of HBM bandwidth. About how many FLOPs per byte mark its compute/memory balance point?', explanation: '989e12 / 3.35e12 ≈ 295 FLOPs/byte: kernels with lower arithmetic intensity are memory-bound.', terms: ['arithmetic-intensity'], source: SRC.nvidiaH100.url },
    295,
    'FLOPs/byte',
    { tolerance: 0.03, traps: [[3.4, 'Divide FLOP/s by bytes/s, not the other way round.']] },
  ),
  match(
    { ...b('gpu-memory', 'patterns/choosing-an-architecture'), prompt: 'Match each GPU with its memory.', explanation: 'H100 SXM: 80 GB HBM3 (~3.35 TB/s); H200: 141 GB HBM3e (~4.8 TB/s); A100: 40 or 80 GB; A10G: 24 GB.', terms: ['h100', 'h200', 'a100', 'hbm'], source: SRC.nvidiaH200.url },
    [
      ['H100 SXM', '80 GB HBM3'],
      ['H200', '141 GB HBM3e'],
      ['A100', '40 or 80 GB HBM2/HBM2e'],
    ],
    ['16 GB GDDR6'],
  ),
  numeric(
    { ...b('nvlink-transfer', 'llm-d/disaggregated-serving'), prompt: 'How long does it take to move 2.6 GB of KV cache at ~600 GB/s effective NVLink bandwidth, in ms?', explanation: '2.6 / 600 ≈ 4.3 ms — about 15× faster than over InfiniBand NDR at ~40 GB/s.', terms: ['nvlink'], source: SRC.llmdSim.url },
    4.33,
    'ms',
    { tolerance: 0.05, traps: [[65, 'That is the InfiniBand NDR figure (~40 GB/s).']] },
  ),
  single(
    { ...b('tp-within-node', 'vllm/tensor-parallelism'), prompt: 'Why is tensor parallelism normally kept inside one node?', explanation: 'It all-reduces twice per layer; NVLink (900 GB/s per H100) makes that cheap, while inter-node links are an order of magnitude slower.', terms: ['tensor-parallelism', 'nvlink', 'all-reduce'], source: SRC.vllmParallelism.url },
    'Its per-layer all-reduces need NVLink-class bandwidth',
    [
      ['Kubernetes cannot schedule pods across nodes', 'Multi-node pod groups exist (LeaderWorkerSet).'],
      ['The KV cache cannot be split across nodes', 'KV heads can be split; the issue is communication cost.'],
      ['vLLM forbids it', 'vLLM allows it; it is just slow.'],
    ],
  ),
  single(
    { ...b('fp8-hardware', 'vllm/quantization'), prompt: 'Which GPU generations have FP8 tensor cores?', explanation: 'Ada Lovelace and Hopper (compute capability 8.9 and 9.0) and later; Ampere (A100) does not.', terms: ['fp8', 'tensor-cores'], source: SRC.vllmFp8.url },
    'Ada and Hopper, and later generations',
    [
      ['Ampere and later', 'Ampere (A100) lacks FP8 tensor cores.'],
      ['Only Blackwell', 'Hopper (H100) already has them.'],
      ['Volta and later', 'Volta predates FP8 by two generations.'],
    ],
  ),
  multiple(
    { ...b('rdma-facts', 'llm-d/disaggregated-serving'), prompt: 'Which statements about RDMA in llm-d’s P/D path are true?', explanation: 'NIXL moves KV directly between GPU memories over RDMA (InfiniBand or RoCE); Kubernetes needs an RDMA device plugin or network operator; TCP works only for development.', terms: ['rdma', 'nixl', 'gpudirect-rdma'], source: SRC.nixl.url },
    ['KV blocks move from the prefill GPU to the decode GPU without staging through the CPU', 'RoCE carries RDMA over Ethernet'],
    [
      ['RDMA is only needed for tensor parallelism', 'P/D KV transfer is a main RDMA user in llm-d.'],
      ['TCP gives the same performance in production', 'TCP is for development; production P/D needs RDMA.'],
    ],
  ),
  single(
    { ...b('mig-count', 'patterns/choosing-an-architecture'), prompt: 'Into how many isolated instances can MIG split an H100 at most?', explanation: 'Up to seven instances, each with dedicated memory and compute.', terms: ['mig'], source: SRC.nvidiaMig.url },
    'Seven',
    [
      ['Two', 'MIG goes up to seven slices.'],
      ['Four', 'The smallest profile gives seven instances.'],
      ['Sixteen', 'No GPU supports that many MIG instances.'],
    ],
  ),
  single(
    { ...b('cuda-graphs', 'vllm/continuous-batching'), prompt: 'What does vLLM’s --enforce-eager turn off?', explanation: 'CUDA-graph capture: useful for debugging or to save start-up time and memory, at the cost of CPU launch overhead per step.', terms: ['cuda-graphs'], source: SRC.vllmEngineArgs.url },
    'CUDA-graph capture and replay',
    [
      ['Prefix caching', 'That is --no-enable-prefix-caching.'],
      ['Chunked prefill', 'That is --no-enable-chunked-prefill; chunked prefill is on by default in V1.'],
      ['FlashAttention', 'The attention back end is chosen separately.'],
    ],
  ),
  numeric(
    { ...b('prefill-flops', 'vllm/chunked-prefill'), prompt: 'About how many TFLOPs does prefilling 1,000 tokens of an 8-billion-parameter model take (≈ 2 × parameters per token)?', explanation: '2 × 8e9 × 1,000 = 1.6e13 FLOPs = 16 TFLOPs — about 16 ms at an H100’s full bf16 peak.', terms: ['flops', 'prefill'], source: SRC.palmInference.url },
    16,
    'TFLOPs',
    { tolerance: 0.03, traps: [[8, 'Each parameter costs about 2 FLOPs per token (multiply and add).']] },
  ),
];
