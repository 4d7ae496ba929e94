/** Hand-written practice items on model architecture and formats. */
import { SRC } from '../../glossary/sources.ts';
import { multiple, numeric, single } from '../../../quiz/build.ts';
import type { QuizItem } from '../../../quiz/schema.ts';

const b = (slug: string, lesson: string) => ({ id: `bank:models:${slug}`, topic: 'models' as const, lesson });

export const MODELS_BANK: QuizItem[] = [
  numeric(
    { ...b('gqa-ratio', 'vllm/kv-cache-memory'), prompt: 'Llama-3.1-8B has 32 query heads and 8 KV heads. By what factor does GQA shrink its KV cache compared with full multi-head attention?', explanation: '32 / 8 = 4×.', terms: ['grouped-query-attention'], source: SRC.gqaPaper.url },
    4,
    '×',
    { traps: [[8, 'Divide query heads by KV heads: 32 / 8.'], [32, 'That would be multi-query attention with a single KV head.']] },
  ),
  numeric(
    { ...b('weights-8b', 'vllm/kv-cache-memory'), prompt: 'About how many GB of bf16 weights does an 8-billion-parameter model have?', explanation: '8e9 × 2 bytes = 16 GB.', terms: ['model-parameters', 'bf16'] },
    16,
    'GB',
    { tolerance: 0.05, traps: [[8, 'bf16 uses 2 bytes per parameter.'], [32, 'That is FP32 (4 bytes).']] },
  ),
  single(
    { ...b('moe-memory', 'vllm/tensor-parallelism'), prompt: 'DeepSeek-V3 has 671B total and ~37B active parameters. What must fit in GPU memory?', explanation: 'All experts, i.e. the total parameters; only compute per token follows the active parameters.', terms: ['mixture-of-experts'], source: SRC.deepseekV3Paper.url },
    'All 671B parameters (in whatever precision is served)',
    [
      ['Only the 37B active parameters', 'Which experts are active changes per token, so all must be resident.'],
      ['Only the shared expert', 'Routed experts are needed too.'],
      ['Nothing: experts stream from CPU', 'Streaming experts per token would be far too slow for serving.'],
    ],
  ),
  single(
    { ...b('mla-kv', 'vllm/kv-cache-memory'), prompt: 'How does multi-head latent attention change the KV cache?', explanation: 'It stores one compressed latent per token and layer instead of separate keys and values, so vLLM’s page size for MLA drops the factor 2.', terms: ['multi-head-latent-attention'], source: SRC.deepseekV2Paper.url },
    'It caches one compressed latent vector per token instead of separate K and V',
    [
      ['It removes the KV cache entirely', 'A compressed cache remains.'],
      ['It shares one KV head among all query heads', 'That is multi-query attention.'],
      ['It stores the cache in FP8 automatically', 'Precision is a separate choice.'],
    ],
  ),
  multiple(
    { ...b('safetensors', 'kserve/storage'), prompt: 'Why do serving stacks prefer safetensors checkpoints?', explanation: 'They load fast (memory-mapped) and cannot run code on load, unlike pickled PyTorch files.', terms: ['safetensors'], source: SRC.safetensors.url },
    ['Loading cannot execute arbitrary code', 'Tensors can be memory-mapped for fast loading'],
    [
      ['They are quantized to 4 bits', 'The format stores whatever dtype the tensors have.'],
      ['They include the KV cache', 'Checkpoints hold weights only.'],
    ],
  ),
  single(
    { ...b('chars-per-token', 'llm-d/inference-gateway'), prompt: 'What rule of thumb does llm-d’s approximate router use to turn characters into tokens?', explanation: 'About 4 characters per token: the prompt is cut into blocks of blockSize × 4 characters.', terms: ['token', 'approximate-prefix-routing'], source: SRC.llmdRouter.url },
    'About 4 characters per token',
    [
      ['1 character per token', 'Tokens usually span several characters.'],
      ['1 word per token', 'Many words are split into several tokens.'],
      ['16 characters per token', '16 is the block size in tokens.'],
    ],
  ),
  single(
    { ...b('autoregressive', 'overview/the-serving-stack'), prompt: 'Why can one request’s output tokens not be generated in parallel without tricks?', explanation: 'Each token is conditioned on all earlier ones, so step n+1 needs token n; speculative decoding only guesses ahead and verifies.', terms: ['autoregressive-generation', 'speculative-decoding'] },
    'Each new token depends on all the tokens generated before it',
    [
      ['GPUs cannot run two tokens at once', 'Prefill processes thousands of tokens at once.'],
      ['The KV cache is locked per token', 'There is no such lock.'],
      ['The tokenizer is sequential', 'Tokenizing is cheap and not the limit.'],
    ],
  ),
  numeric(
    { ...b('context-kv', 'vllm/kv-cache-memory'), prompt: 'One 131,072-token request to Llama-3.1-8B (128 KiB of KV per token in bf16): how many GiB of KV cache?', explanation: '131,072 × 128 KiB = 16 GiB — as much as the model’s weights.', terms: ['context-length', 'kv-bytes-per-token'], source: SRC.llamaConfig8b.url },
    16,
    'GiB',
    { traps: [[8, 'Use 128 KiB per token, not 64.'], [16384, 'That is MiB; convert to GiB.']] },
  ),
  single(
    { ...b('bf16-vs-fp16', 'vllm/quantization'), prompt: 'What distinguishes bf16 from fp16?', explanation: 'Both use 16 bits; bf16 keeps FP32’s 8-bit exponent (wide range, less precision), fp16 has a 5-bit exponent and more mantissa.', terms: ['bf16'] },
    'bf16 has FP32’s exponent range with fewer mantissa bits',
    [
      ['bf16 uses 8 bits', 'Both formats take 2 bytes.'],
      ['bf16 is an integer format', 'It is floating point.'],
      ['fp16 has the wider range', 'bf16’s 8-bit exponent gives the wider range.'],
    ],
  ),
  single(
    { ...b('hf-pin', 'kserve/storage'), prompt: 'What is the safest way to use a Hugging Face model in production?', explanation: 'Pin a revision and mirror the weights into storage you control (PVC, object store, OCI), so every scale-up loads the same, locally available files.', terms: ['hugging-face-hub', 'storage-uri'], source: SRC.hfHub.url },
    'Pin a revision and mirror the weights into your own storage',
    [
      ['Always pull the latest main branch at start-up', 'The model could change, and downloads slow every scale-up.'],
      ['Bake the HF token into the image', 'That leaks the credential.'],
      ['Download on the first request', 'That turns every cold start into a download.'],
    ],
  ),
];
