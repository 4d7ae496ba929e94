import { describe, expect, it } from 'vitest';
import { parseModelConfig } from '../../../../src/sim/cost/catalog/parseModelConfig.ts';

describe('parseModelConfig', () => {
  it('reads Hugging Face config.json keys, including MoE fields', () => {
    const r = parseModelConfig(
      { hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8, intermediate_size: 14336, vocab_size: 32000, num_local_experts: 8, num_experts_per_tok: 2, max_position_embeddings: 32768 },
      'mixtral',
    );
    expect(r.ok && r.value).toMatchObject({ id: 'mixtral', headDim: 128, kvHeads: 8, maxPositionEmbeddings: 32768, custom: true, moe: { experts: 8, expertsPerToken: 2 } });
  });

  it('reads the calibration files’ keys', () => {
    const r = parseModelConfig({ hidden: 2048, layers: 16, heads: 32, kv_heads: 8, head_dim: 64, intermediate: 8192, vocab: 128256 }, 'tiny');
    expect(r.ok && r.value.layers).toBe(16);
  });

  it('explains what is wrong, field by field', () => {
    const r = parseModelConfig({ hidden: 4096, layers: 2.5, heads: 32, kv_heads: 5, head_dim: 128, intermediate: 1, vocab: 10 }, 'x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['layers: must be an integer']);
    const r2 = parseModelConfig({ hidden: 4096, layers: 2, heads: 32, kv_heads: 5, head_dim: 128, intermediate: 1, vocab: 10 }, 'x');
    expect(!r2.ok && r2.errors).toEqual(['kv_heads: 5 must divide heads (32)']);
    expect(parseModelConfig([1, 2], 'x').ok).toBe(false);
  });
});
