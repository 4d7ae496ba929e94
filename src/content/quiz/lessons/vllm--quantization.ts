import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';
import { KURTIC_2025, NVFP4_POST, VLLM_FP8_KV_BLOG } from '../../../widget-models/quantization/evidence.ts';
import { fp8KvBlockRatio, maxConcurrency, stepUs } from '../../../widget-models/quantization/quizFacts.ts';

const lesson = 'vllm/quantization';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

// Graded by the model: the answers come from the quantization widget's model with the lesson's settings.
const LONG = { model: 'llama-3.1-8b', gpu: 'h100-sxm-80gb', scheme: 'bf16', maxModelLen: 32768 } as const;
const blockRatio = Math.round(fp8KvBlockRatio(LONG) * 100) / 100;
const fitAuto = Math.floor(maxConcurrency('bf16', { ...LONG, kvCacheDtype: 'auto' }));
const fitFp8 = Math.floor(maxConcurrency('bf16', { ...LONG, kvCacheDtype: 'fp8' }));
const BIG = { model: 'llama-3.1-70b', gpu: 'h100-sxm-80gb', tp: 1, kvCacheDtype: 'fp8', maxModelLen: 8192 } as const;
const fitAwq70b = Math.floor(maxConcurrency('int4-awq', BIG));
const fitFp870b = Math.floor(maxConcurrency('fp8', BIG));
const PREFILL = { model: 'llama-3.1-8b', gpu: 'h100-sxm-80gb', prefill: 2048 } as const;
const prefillSpeedup = Math.round((stepUs('bf16', PREFILL).prefill / stepUs('fp8', PREFILL).prefill) * 100) / 100;

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'Llama-3.1-8B in bf16 on one H100 with 32,768-token requests. Switching --kv-cache-dtype from auto to fp8 multiplies the number of KV blocks by how much?',
        explanation: `The KV budget stays the same and each block takes half the bytes (64 KiB instead of 128 KiB per token), so the block count doubles: ×${blockRatio} in the widget.`,
        terms: ['kv-cache-dtype', 'num-gpu-blocks'],
        source: SRC.vllmKvQuant.url,
      },
      blockRatio,
      '×',
      { tolerance: 0.02, traps: [[1, 'The KV budget is unchanged, but each block needs half the bytes.'], [0.5, 'Fewer bytes per block means more blocks, not fewer.']] },
    ),
    numeric(
      {
        ...base(2),
        prompt: 'Same set-up (Llama-3.1-8B, bf16 weights, one H100, vLLM 0.33 defaults). With --kv-cache-dtype fp8, how many requests of 32,768 tokens fit in the KV cache at once (whole requests)?',
        explanation: `The widget's plan holds ${fitFp8} whole 32k-token requests with fp8 KV, against ${fitAuto} with auto.`,
        terms: ['kv-cache-dtype', 'max-model-len'],
        source: SRC.vllmKvQuant.url,
      },
      fitFp8,
      'requests',
      { absTolerance: 0.5, traps: [[fitAuto, 'That is with auto (bf16) KV; fp8 halves the bytes per token.']] },
    ),
    numeric(
      {
        ...base(3),
        prompt: 'Llama-3.1-70B on one H100 80GB, fp8 KV cache, 8,192-token requests. With INT4 AWQ weights, how many whole requests fit at once in the widget’s plan?',
        explanation: `4-bit weights take about 37 GiB and leave the rest for KV: ${fitAwq70b} requests. FP8 weights (about 68 GiB) leave room for only ${fitFp870b}; bf16 does not fit at all.`,
        terms: ['awq', 'quantization'],
        source: SRC.vllmQuantization.url,
      },
      fitAwq70b,
      'requests',
      { absTolerance: 0.5, traps: [[fitFp870b, 'That is with FP8 weights, which take about twice the memory of 4-bit ones.']] },
    ),
    numeric(
      {
        ...base(4),
        prompt: 'In the course’s calibrated model, Llama-3.1-8B on one H100: how many times faster is a 2,048-token prefill with FP8 W8A8 than with bf16?',
        explanation: `FP8 W8A8 runs the GEMMs on FP8 tensor cores, so compute-bound prefill speeds up: ×${prefillSpeedup}, fitted to FP8 layers measured on an H100. A W4A16 checkpoint would gain nothing here.`,
        terms: ['fp8', 'prefill'],
        source: SRC.vllmFp8.url,
      },
      prefillSpeedup,
      '×',
      { tolerance: 0.05, traps: [[1, 'Activations are quantised too, so the multiply itself runs at FP8 rate.'], [2, 'FP8 tensor cores are twice as fast on paper; quantisation kernels and the bf16 attention take part of the gain.']] },
    ),
    single(
      {
        ...base(5),
        prompt: 'Why does a 4-bit AWQ checkpoint speed up decode but not a long prefill?',
        explanation: 'Marlin reads 4-bit weights (a quarter of the bytes, which is what memory-bound decode waits on), dequantises them in registers and multiplies in bf16, so compute-bound prefill runs at bf16 speed.',
        terms: ['marlin', 'awq', 'prefill'],
        source: SRC.vllmQuantization.url,
      },
      'Its kernel multiplies in bf16 after dequantising, so only the weight reads get cheaper',
      [
        ['AWQ quantises activations only during decode', 'AWQ is weight-only (W4A16): activations stay 16-bit in every step.'],
        ['Prefill runs unquantised weights from a separate copy', 'There is one copy of the weights, in 4 bits.'],
        ['4-bit tensor cores are only used for batch 1', 'Hopper has no 4-bit tensor cores; Marlin uses bf16/fp16 ones.'],
      ],
    ),
    single(
      {
        ...base(6),
        prompt: 'What does W4A16 mean?',
        explanation: 'Weights are stored in 4 bits and activations stay in 16 bits: a weight-only scheme such as AWQ or GPTQ.',
        terms: ['quantization', 'int4'],
      },
      '4-bit weights, 16-bit activations',
      [
        ['4-bit activations, 16-bit weights', 'W is for weights, A for activations.'],
        ['4 GPUs, 16-way tensor parallelism', 'It describes number formats, not parallelism.'],
        ['A 4-bit KV cache with 16-token blocks', 'The KV cache format is set separately with --kv-cache-dtype.'],
      ],
    ),
    single(
      {
        ...base(7),
        prompt: 'An FP8 W8A8 checkpoint is served on A100 GPUs. What happens?',
        explanation: 'A100 (Ampere) lacks FP8 tensor cores, so vLLM runs FP8 weights as weight-only W8A16 through Marlin; W8A8 needs compute capability 8.9 or newer.',
        terms: ['fp8', 'tensor-cores', 'a100'],
        source: SRC.vllmFp8.url,
      },
      'It runs as weight-only (W8A16) through Marlin, because Ampere has no FP8 tensor cores',
      [
        ['It runs exactly as on an H100', 'FP8 matrix units arrived with Ada and Hopper.'],
        ['vLLM refuses to load it', 'vLLM falls back to weight-only FP8 on Ampere.'],
        ['It is converted to 4-bit AWQ', 'No such conversion happens.'],
      ],
    ),
    single(
      {
        ...base(8),
        prompt: 'Which weight format does vLLM not run on Blackwell GPUs such as the B200?',
        explanation: 'vLLM’s docs list INT8 W8A8 as unsupported on Blackwell; FP8 W8A8 runs there, and NVFP4/MXFP4 use its FP4 tensor cores.',
        terms: ['quantization', 'nvfp4'],
        source: SRC.vllmQuantization.url,
      },
      'INT8 W8A8',
      [
        ['FP8 W8A8', 'Blackwell has FP8 tensor cores; FP8 W8A8 runs there.'],
        ['NVFP4', 'Blackwell is where NVFP4 runs natively, as W4A4.'],
        ['INT4 AWQ through Marlin', 'Marlin runs 4-bit weight-only checkpoints on Blackwell too.'],
      ],
    ),
    numeric(
      {
        ...base(9),
        prompt: 'NVFP4 stores 4-bit values with one 8-bit (FP8) scale per block of 16 values. How many bits per weight is that, ignoring the one per-tensor scale?',
        explanation: '4 bits + 8 bits / 16 values = 4.5 bits per weight. MXFP4 shares one 8-bit power-of-two scale across 32 values: 4.25 bits.',
        terms: ['nvfp4'],
        source: NVFP4_POST.url,
      },
      4.5,
      'bits/weight',
      { traps: [[4.25, 'That is MXFP4 (one scale per 32 values).'], [12, 'Spread the 8-bit scale over the 16 values of its block.']] },
    ),
    multiple(
      {
        ...base(10),
        prompt: 'Which findings did the “Give Me BF16 or Give Me Death” study (Llama-3.1 family, over 500,000 evaluations) report?',
        explanation: 'FP8 W8A8 was effectively lossless; well-tuned INT8 W8A8 lost 1–3 %; INT4 weight-only was competitive with INT8 W8A8.',
        terms: ['quantization', 'fp8'],
        source: KURTIC_2025.url,
      },
      ['FP8 W8A8 was effectively lossless at every model size', 'INT4 weight-only (W4A16) was competitive with INT8 W8A8'],
      [
        ['INT8 W8A8 lost more than 10 % accuracy', 'Well-tuned INT8 W8A8 degraded by only 1–3 %.'],
        ['Only the 405B model survived FP8 without loss', 'FP8 was effectively lossless across all sizes.'],
      ],
    ),
    single(
      {
        ...base(11),
        prompt: 'vLLM’s 2026 FP8 KV-cache measurements for Llama-3.1-8B on an H100 at concurrency 1: how does fp8 KV affect inter-token latency?',
        explanation: 'Latency grows more slowly with context (54 % of bf16’s slope in v0.19.1) but starts higher, so fp8 KV pays off above about 7,000 tokens of context; its main benefit remains twice the capacity.',
        terms: ['kv-cache-dtype'],
        source: VLLM_FP8_KV_BLOG.url,
      },
      'It grows more slowly with context, paying off above roughly 7,000 tokens',
      [
        ['It halves latency at every context length', 'At short contexts fp8 KV was slower than bf16.'],
        ['It has no effect at all', 'The slope with context fell to about half of bf16’s.'],
        ['It always makes latency worse', 'Above the break-even context it is faster.'],
      ],
    ),
  ],
};

export default check;
