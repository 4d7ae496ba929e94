import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { KnowledgeCheckSet } from '../../../quiz/schema.ts';

const lesson = 'vllm/quantization';
const base = (n: number) => ({ id: `kc:${lesson}#${n}`, lesson, topic: 'vllm' as const });

const check: KnowledgeCheckSet = {
  lesson,
  items: [
    numeric(
      {
        ...base(1),
        prompt: 'Llama-3.1-70B has about 70.6 billion parameters. How many GB do its weights take in FP8?',
        explanation: 'FP8 uses 1 byte per parameter: about 70.6 GB, half of bf16’s ~141 GB.',
        terms: ['fp8', 'model-parameters'],
        source: SRC.llamaConfig70b.url,
      },
      70.6,
      'GB',
      { tolerance: 0.03, traps: [[141.2, 'That is bf16 (2 bytes per parameter).'], [35.3, 'That is 4-bit (half a byte per parameter).']] },
    ),
    single(
      {
        ...base(2),
        prompt: 'What does W4A16 mean?',
        explanation: 'Weights are stored in 4 bits and activations stay in 16 bits: a weight-only scheme such as AWQ or GPTQ.',
        terms: ['quantization', 'int4'],
      },
      '4-bit weights, 16-bit activations',
      [
        ['4-bit activations, 16-bit weights', 'W is for weights, A for activations.'],
        ['4 GPUs, 16-way tensor parallelism', 'It describes number formats, not parallelism.'],
        ['A 4-bit KV cache with 16-token blocks', 'The KV cache format is set separately with kv_cache_dtype.'],
      ],
    ),
    single(
      {
        ...base(3),
        prompt: 'What does --kv-cache-dtype fp8 mainly buy you, according to vLLM’s docs?',
        explanation: 'About twice the KV capacity, hence more concurrent tokens and throughput; the docs note no latency improvement by itself.',
        terms: ['kv-cache-dtype'],
        source: SRC.vllmKvQuant.url,
      },
      'Roughly twice as many tokens of KV cache in the same memory',
      [
        ['Half the weight memory', 'It quantizes the KV cache, not the weights.'],
        ['A lower inter-token latency for each request', 'The docs describe no latency improvement on its own.'],
        ['Exact bf16 accuracy at no cost', 'Lower precision can affect accuracy; scales mitigate it.'],
      ],
    ),
    multiple(
      {
        ...base(4),
        prompt: 'Which statements about AWQ and GPTQ are correct?',
        explanation: 'Both are post-training weight quantization methods with calibration data, typically 4-bit (GPTQ also 8-bit); vLLM runs them with Marlin-family kernels on Ampere and newer.',
        terms: ['awq', 'gptq'],
        source: SRC.vllmQuantization.url,
      },
      ['Both quantize weights after training, using a small calibration set', 'Both typically store 4-bit weights with per-group scales'],
      [
        ['Both also quantize activations to 4 bits', 'They are weight-only (W4A16); activations stay 16-bit.'],
        ['Both require retraining the model', 'They are post-training methods.'],
        ['AWQ picks salient weights by weight magnitude', 'AWQ judges salience from activation magnitudes, hence “activation-aware”.'],
      ],
    ),
    single(
      {
        ...base(5),
        prompt: 'An FP8 W8A8 checkpoint is served on A100 GPUs. What happens?',
        explanation: 'A100 (Ampere) lacks FP8 tensor cores, so vLLM runs FP8 weights as weight-only W8A16 via Marlin; W8A8 needs compute capability 8.9 or newer.',
        terms: ['fp8', 'tensor-cores', 'a100'],
        source: SRC.vllmFp8.url,
      },
      'It runs as weight-only (W8A16), because Ampere has no FP8 tensor cores',
      [
        ['It runs exactly as on an H100', 'FP8 matrix units arrived with Ada and Hopper.'],
        ['vLLM refuses to load it', 'vLLM falls back to weight-only FP8 on Ampere.'],
        ['It is converted to 4-bit AWQ', 'No such conversion happens.'],
      ],
    ),
    numeric(
      {
        ...base(6),
        prompt: 'A 4-bit checkpoint stores one 16-bit scale per group of 128 weights. How many extra bits per weight is that?',
        explanation: '16 bits / 128 weights = 0.125 bits per weight, about 3 % on top of 4 bits (zero points add a little more).',
        terms: ['int4', 'gptq'],
      },
      0.125,
      'bits/weight',
      { traps: [[16, 'Spread the 16-bit scale over the 128 weights of its group.'], [0.0625, 'A 16-bit scale is 16 bits, not 8.']] },
    ),
  ],
};

export default check;
