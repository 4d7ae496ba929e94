import { multiple, numeric, order, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import { findGpu } from '../../../sim/cost/catalog/gpus.ts';
import { findModel } from '../../../sim/cost/catalog/models.ts';
import { LEGACY_V0_11_MEMORY, planMemory } from '../../../sim/cost/memoryPlanner.ts';
import type { GpuSpec, ModelArch } from '../../../sim/cost/types.ts';
import { costModelFor } from '../../../widget-models/batching/engineSetup.ts';
import { stepPeriodUs } from '../../../widget-models/batching/hostOverhead.ts';
import { BATCH_PRESETS } from '../../../widget-models/batching/presets.ts';

const lesson = 'vllm/performance-and-hardware';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

// Graded by the model: the lesson's "cpu-gap" preset (Llama-3.2-1B on an H100, 32 decodes, 2 ms of CPU per step).
const cpuGap = BATCH_PRESETS['cpu-gap'].settings;
const gpuUs = costModelFor(cpuGap).stepTimeUs({ prefills: [], decodes: Array.from({ length: 32 }, () => ({ contextTokens: 206 })) });
const round2 = (us: number) => Math.round(us / 10) / 100;
const gpuMs = round2(gpuUs);
const syncMs = round2(stepPeriodUs(gpuUs, cpuGap.cpuUsPerStep, false));
const asyncMs = round2(stepPeriodUs(gpuUs, cpuGap.cpuUsPerStep, true));

// Graded by the memory planner: Llama-3.1-8B bf16 on one H100, max_model_len 8192.
const plan = (legacy: boolean) =>
  planMemory({
    model: findModel('llama-3.1-8b') as ModelArch,
    gpu: findGpu('h100-sxm-80gb') as GpuSpec,
    tp: 1,
    weightDtype: 'bf16',
    kvDtype: 'bf16',
    maxModelLen: 8192,
    ...(legacy ? LEGACY_V0_11_MEMORY : {}),
  });
const now = plan(false);
const old = plan(true);
const extraBlocks = now.numGpuBlocks - old.numGpuBlocks;

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: `In the lesson’s first widget, each decode step of Llama-3.2-1B takes ${gpuMs.toFixed(2)} ms on the GPU and needs ${(cpuGap.cpuUsPerStep / 1000).toFixed(1)} ms of CPU work. Without async scheduling, how long does one step last, in ms?`,
        explanation: `${syncMs.toFixed(2)} ms: without async scheduling the CPU prepares a step only after the previous one has finished, so CPU and GPU time add up (${(cpuGap.cpuUsPerStep / 1000).toFixed(1)} + ${gpuMs.toFixed(2)}), and the GPU idles during the CPU part.`,
        terms: ['async-scheduling', 'engine-core'],
      },
      syncMs,
      'ms',
      { tolerance: 0.03, traps: [[asyncMs, 'That is the step with async scheduling, where CPU and GPU overlap.']] },
    ),
    numeric(
      {
        ...base(2),
        prompt: `Same run, now with async scheduling on (vLLM’s default since v0.14.0): ${gpuMs.toFixed(2)} ms of GPU and ${(cpuGap.cpuUsPerStep / 1000).toFixed(1)} ms of CPU per step. How long does a step last, in ms?`,
        explanation: `${asyncMs.toFixed(2)} ms, the larger of the two: the CPU schedules and prepares step n + 1 while the GPU runs step n, so the GPU time hides under the CPU time and only ${(asyncMs - gpuMs).toFixed(2)} ms per step is still a gap. With a GPU step longer than the CPU work the gap would vanish entirely.`,
        terms: ['async-scheduling'],
      },
      asyncMs,
      'ms',
      { tolerance: 0.03, traps: [[syncMs, 'That is CPU + GPU, the step without async scheduling.'], [gpuMs, 'The GPU part alone; the CPU still needs its 2 ms each step.']] },
    ),
    numeric(
      {
        ...base(3),
        prompt: `Llama-3.1-8B in bf16 on one H100 (79.1 GiB usable). vLLM 0.33 requests 0.92 of the memory and subtracts an estimated CUDA-graph size (take 0.6 GiB); v0.11 requested 0.9 and subtracted no graph memory. Each 16-token KV block takes 2 MiB. About how many more KV blocks does 0.33’s sizing give?`,
        explanation: `About ${extraBlocks}: 0.02 × 79.1 GiB ≈ 1.58 GiB more budget, minus 0.6 GiB for the graphs, leaves ≈ 0.98 GiB, which is ≈ ${extraBlocks} blocks of 2 MiB (the course’s planner: ${now.numGpuBlocks.toLocaleString('en-US')} against ${old.numGpuBlocks.toLocaleString('en-US')}). The two changes of PR #38284 roughly cancel by design.`,
        terms: ['gpu-memory-utilization', 'cuda-graphs', 'num-gpu-blocks'],
        source: 'https://github.com/vllm-project/vllm/pull/38284',
      },
      extraBlocks,
      'blocks',
      { tolerance: 0.06, traps: [[810, 'That ignores the CUDA-graph estimate that 0.33 subtracts.']] },
    ),
    single(
      {
        ...base(4),
        prompt: 'vLLM captured CUDA graphs for batch sizes …, 32, 40, 48, … A step has 37 decoding requests. What runs?',
        explanation: 'A graph replays fixed shapes, so vLLM pads the batch up to the next captured size: the graph for 40 runs, with 3 rows computed and discarded. Batches above the largest captured size run without a graph.',
        terms: ['cuda-graphs', 'cudagraph-mode'],
        source: 'https://docs.vllm.ai/en/stable/api/vllm/config/compilation/',
      },
      'The graph for 40, with the batch padded by 3 rows',
      [
        ['The graph for 32, and the other 5 requests wait for the next step', 'vLLM does not hold back scheduled requests to fit a graph; it pads.'],
        ['A new graph for 37, captured on the spot', 'Graphs are captured at start-up; capturing during serving would stall every request.'],
        ['The graph for 48, the next size with room to spare', 'The nearest captured size at or above the batch is used.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'What does vLLM’s default optimization level, -O2, turn on?',
        explanation: 'Since v0.12.0 (PR #26847): -O0 is eager, -O1 Inductor with piecewise CUDA graphs, -O2 (the default) FULL_AND_PIECEWISE graphs plus fusion passes, and -O3 is the same as -O2 for now. FULL_AND_PIECEWISE replays full graphs for decode-only batches and piecewise graphs for mixed ones.',
        terms: ['torch-compile', 'cudagraph-mode'],
        source: 'https://docs.vllm.ai/en/latest/design/optimization_levels/',
      },
      'torch.compile with fusion passes and FULL_AND_PIECEWISE CUDA graphs',
      [
        ['Eager PyTorch without CUDA graphs', 'That is -O0, roughly --enforce-eager.'],
        ['Inductor with PIECEWISE CUDA graphs only', 'That is -O1.'],
        ['Full CUDA graphs for every batch, prefill included', 'Mixed batches get piecewise graphs, with attention run eagerly between the pieces.'],
      ],
    ),
    order(
      {
        ...base(6),
        prompt: 'Order what happens to one streamed request in vLLM V1’s processes.',
        explanation: 'The API server (AsyncLLM) tokenises and sends the request over ZMQ to the EngineCore process; its scheduler gives the request tokens in a step; the workers (one per GPU) run the forward pass; the EngineCore updates the request from the output; the API server detokenises and streams the text.',
        terms: ['engine-core'],
        source: 'https://blog.vllm.ai/2025/09/05/anatomy-of-vllm.html',
      },
      [
        'The API server tokenises the prompt and sends the request to the engine core',
        'The engine core’s scheduler gives the request tokens in a step',
        'The GPU workers run the forward pass for the step',
        'The engine core appends the sampled token and checks stop conditions',
        'The API server detokenises and streams the new text',
      ],
    ),
    multiple(
      {
        ...base(7),
        prompt: 'Which hardware does vLLM support through out-of-tree plugins rather than in its main repository?',
        explanation: 'TPUs (tpu-inference, vllm-torchtpu), Intel Gaudi (vllm-gaudi) and Huawei Ascend are plugins, as are IBM Spyre, MetaX, Rebellions and Cambricon. NVIDIA CUDA, AMD ROCm, Intel XPU and CPUs are in tree.',
        terms: ['vllm'],
        source: 'https://blog.vllm.ai/2025/05/12/hardware-plugin.html',
      },
      ['Google TPU', 'Intel Gaudi', 'Huawei Ascend'],
      [
        ['AMD GPUs with ROCm', 'ROCm support is in vLLM’s main repository.'],
        ['x86 and AArch64 CPUs', 'The CPU back end is in tree.'],
      ],
    ),
    numeric(
      {
        ...base(8),
        prompt: '`vllm bench serve --goodput ttft:500 tpot:50` completes 1,000 requests in a 250 s run and prints “Request throughput (req/s): 4.00” and “Request goodput (req/s): 3.28”. How many requests met both objectives?',
        explanation: '3.28 req/s × 250 s = 820 requests. Goodput counts only requests that met every objective given (DistServe’s definition), here TTFT ≤ 500 ms and TPOT ≤ 50 ms; the other 180 completed but missed at least one.',
        terms: ['goodput', 'vllm-bench-serve'],
        source: 'https://docs.vllm.ai/en/stable/api/vllm/benchmarks/serve/',
      },
      820,
      'requests',
      { tolerance: 0.01, traps: [[1000, 'That is every completed request; goodput counts only those that met the objectives.'], [180, 'That is the number that missed an objective.']] },
    ),
    single(
      {
        ...base(9),
        prompt: 'A few requests stall once, for 300 ms, behind a long prefill; otherwise every token comes 20 ms apart. Where does `vllm bench serve` show it most clearly?',
        explanation: 'ITL percentiles are taken over every gap between streamed chunks, so a few 300 ms gaps land in the P99 ITL. TPOT is averaged within each request first, so one stall in hundreds of tokens moves a request’s TPOT only a little.',
        terms: ['itl', 'tpot', 'tail-latency'],
      },
      'P99 ITL',
      [
        ['Mean TPOT', 'TPOT averages the stall over each request’s tokens, and the mean then averages over requests.'],
        ['Output token throughput', 'A few stalls barely change tokens per second.'],
        ['Median TTFT', 'The stall happens after the first token.'],
      ],
    ),
    single(
      {
        ...base(10),
        prompt: 'When does async scheduling (and Model Runner V2’s GPU-side input preparation) help most?',
        explanation: 'They remove or hide CPU time per step, which matters when that time is a large share of the step: small models, small batches, fast GPUs. For a big model whose GPU step takes tens of milliseconds, the CPU was already a small share.',
        terms: ['async-scheduling', 'model-runner-v2'],
      },
      'Small models on fast GPUs, where CPU time per step is a large share of the step',
      [
        ['Large models with long prefills, where each step is long', 'A long GPU step already dwarfs the CPU work.'],
        ['Only when speculative decoding is on', 'Async scheduling helps plain decoding too; some speculative methods were excluded at first.'],
        ['When the KV cache is full and requests are preempted', 'Preemption is a memory problem; async scheduling overlaps CPU and GPU time.'],
      ],
    ),
  ],
};

export default check;
