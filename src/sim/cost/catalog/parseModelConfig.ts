/**
 * User-defined models: a config object with the calibration files' keys (hidden, layers,
 * heads, kv_heads, head_dim, intermediate, vocab), or a Hugging Face `config.json`
 * (hidden_size, num_hidden_layers, …), validated with clear, field-named errors.
 */
import * as v from 'valibot';
import type { ModelArch, RawModelConfig } from '../types.ts';

const positiveInt = () => v.pipe(v.number('must be a number'), v.integer('must be an integer'), v.minValue(1, 'must be at least 1'));

/** Schema of the calibration files' `config` objects (extra keys allowed). */
export const RawModelConfigSchema = v.object({
  hidden: positiveInt(),
  layers: positiveInt(),
  heads: positiveInt(),
  kv_heads: positiveInt(),
  head_dim: positiveInt(),
  intermediate: positiveInt(),
  vocab: positiveInt(),
});

/** Maps Hugging Face config keys onto the calibration keys. */
function fromHuggingFace(o: Record<string, unknown>): Record<string, unknown> {
  const heads = o['num_attention_heads'];
  const hidden = o['hidden_size'];
  return {
    hidden,
    layers: o['num_hidden_layers'],
    heads,
    kv_heads: o['num_key_value_heads'] ?? heads,
    head_dim: o['head_dim'] ?? (typeof hidden === 'number' && typeof heads === 'number' ? hidden / heads : undefined),
    intermediate: o['intermediate_size'],
    vocab: o['vocab_size'],
  };
}

/** Builds a ModelArch from calibration-style keys. */
export function rawConfigToModel(id: string, c: RawModelConfig, extra: Partial<ModelArch> = {}): ModelArch {
  return {
    id,
    name: id,
    hidden: c.hidden,
    layers: c.layers,
    heads: c.heads,
    kvHeads: c.kv_heads,
    headDim: c.head_dim,
    intermediate: c.intermediate,
    vocab: c.vocab,
    tiedEmbeddings: false,
    maxPositionEmbeddings: 131072,
    source: { url: 'user-defined' },
    custom: true,
    ...extra,
  };
}

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

/** Turns valibot issues into "field: message" lines. */
export function issueMessages(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((i) => {
    const path = v.getDotPath(i);
    // valibot reports a missing key as "Invalid key: Expected …"; say it plainly.
    const msg = i.message.startsWith('Invalid key') ? 'is missing' : i.message;
    return path ? `${path}: ${msg}` : msg;
  });
}

/**
 * Parses a model config (calibration keys or Hugging Face keys) into a custom ModelArch.
 * @param id the id the model gets (e.g. the file name)
 */
export function parseModelConfig(json: unknown, id: string): ParseResult<ModelArch> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, errors: ['config must be a JSON object'] };
  const o = json as Record<string, unknown>;
  const isHf = 'hidden_size' in o || 'num_hidden_layers' in o;
  const r = v.safeParse(RawModelConfigSchema, isHf ? fromHuggingFace(o) : o);
  if (!r.success) return { ok: false, errors: issueMessages(r.issues) };
  const c = r.output;
  const errors: string[] = [];
  if (c.heads % c.kv_heads !== 0) errors.push(`kv_heads: ${c.kv_heads} must divide heads (${c.heads})`);
  if (errors.length) return { ok: false, errors };
  const maxPos = typeof o['max_position_embeddings'] === 'number' ? o['max_position_embeddings'] : 131072;
  const tied = o['tie_word_embeddings'] === true;
  const experts = o['num_local_experts'] ?? o['num_experts'];
  const topk = o['num_experts_per_tok'];
  const moe =
    typeof experts === 'number' && typeof topk === 'number' && experts > 1
      ? { experts, expertsPerToken: topk, expertIntermediate: typeof o['moe_intermediate_size'] === 'number' ? o['moe_intermediate_size'] : c.intermediate }
      : undefined;
  return { ok: true, value: rawConfigToModel(id, c, { maxPositionEmbeddings: maxPos, tiedEmbeddings: tied, ...(moe ? { moe } : {}) }) };
}
