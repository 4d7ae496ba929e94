/**
 * Model catalog: architectures as read from each model's Hugging Face `config.json`
 * (cited per entry). Parameter counts are the ones published on the model card.
 */
import type { ModelArch } from '../types.ts';

const hf = (repo: string): string => `https://huggingface.co/${repo}/blob/main/config.json`;

/** Catalog models, smallest first. Ids are stable: URLs and widget stores keep them. */
export const MODELS: readonly ModelArch[] = [
  {
    id: 'llama-3.2-1b',
    name: 'Llama-3.2-1B',
    hidden: 2048,
    layers: 16,
    heads: 32,
    kvHeads: 8,
    headDim: 64,
    intermediate: 8192,
    vocab: 128256,
    tiedEmbeddings: true,
    maxPositionEmbeddings: 131072,
    declaredParams: 1.24e9,
    source: { url: hf('meta-llama/Llama-3.2-1B') },
  },
  {
    id: 'mistral-7b-v0.3',
    name: 'Mistral-7B-v0.3',
    hidden: 4096,
    layers: 32,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediate: 14336,
    vocab: 32768,
    tiedEmbeddings: false,
    maxPositionEmbeddings: 32768,
    declaredParams: 7.25e9,
    source: { url: hf('mistralai/Mistral-7B-v0.3') },
  },
  {
    id: 'llama-3.1-8b',
    name: 'Llama-3.1-8B',
    hidden: 4096,
    layers: 32,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediate: 14336,
    vocab: 128256,
    tiedEmbeddings: false,
    maxPositionEmbeddings: 131072,
    declaredParams: 8.03e9,
    source: { url: hf('meta-llama/Llama-3.1-8B'), note: 'Measured on H100 and H200 (calibration files).' },
  },
  {
    id: 'qwen2.5-32b',
    name: 'Qwen2.5-32B',
    hidden: 5120,
    layers: 64,
    heads: 40,
    kvHeads: 8,
    headDim: 128,
    intermediate: 27648,
    vocab: 152064,
    tiedEmbeddings: false,
    maxPositionEmbeddings: 131072,
    declaredParams: 32.5e9,
    source: { url: hf('Qwen/Qwen2.5-32B'), note: 'QKV projections carry a bias (ignored: < 0.01% of weights).' },
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral-8x7B',
    hidden: 4096,
    layers: 32,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediate: 14336,
    vocab: 32000,
    tiedEmbeddings: false,
    maxPositionEmbeddings: 32768,
    declaredParams: 46.7e9,
    moe: { experts: 8, expertsPerToken: 2, expertIntermediate: 14336 },
    source: { url: hf('mistralai/Mixtral-8x7B-v0.1'), note: 'num_local_experts 8, num_experts_per_tok 2.' },
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama-3.1-70B',
    hidden: 8192,
    layers: 80,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediate: 28672,
    vocab: 128256,
    tiedEmbeddings: false,
    maxPositionEmbeddings: 131072,
    declaredParams: 70.6e9,
    source: { url: hf('meta-llama/Llama-3.1-70B'), note: 'Measured on H100 and H200 (calibration files).' },
  },
];

/**
 * Finds a model by id among the catalog and any extra (user-defined) models.
 * @returns the model, or undefined when the id is unknown
 */
export function findModel(id: string, extra: readonly ModelArch[] = []): ModelArch | undefined {
  return extra.find((m) => m.id === id) ?? MODELS.find((m) => m.id === id);
}
