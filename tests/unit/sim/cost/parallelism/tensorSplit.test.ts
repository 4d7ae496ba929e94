import { describe, expect, it } from 'vitest';
import { findModel } from '../../../../../src/sim/cost/catalog/models.ts';
import { paramCount } from '../../../../../src/sim/cost/model/weights.ts';
import { QWEN3_30B_A3B } from '../../../../../src/sim/cost/parallelism/extraModels.ts';
import { tensorSplit } from '../../../../../src/sim/cost/parallelism/tensorSplit.ts';
import type { ModelArch } from '../../../../../src/sim/cost/types.ts';

const model = (id: string): ModelArch => {
  const m = findModel(id);
  if (!m) throw new Error(id);
  return m;
};

describe('tensorSplit', () => {
  it('Llama-3.1-8B at TP 2: 16 query heads and 4 KV heads per GPU; qkv and gate_up by columns, o and down by rows', () => {
    const s = tensorSplit(model('llama-3.1-8b'), 2);
    expect(s.headsPerGpu).toBe(16);
    expect(s.kvHeadsPerGpu).toBe(4);
    expect(s.kvCopies).toBe(1);
    expect(s.allReducesPerLayer).toBe(2);
    expect(s.ranks.map((r) => r.heads)).toEqual([[0, 16], [16, 32]]);
    expect(s.ranks.map((r) => r.kvHeads)).toEqual([[0, 4], [4, 8]]);
    const r0 = s.ranks[0];
    expect(r0?.qkvCols).toBe((16 + 2 * 4) * 128);
    expect(r0?.oRows).toBe(16 * 128);
    expect(r0?.gateUpCols).toBe(14336);
    expect(r0?.downRows).toBe(7168);
  });

  it('every head and every MLP column is on exactly one GPU (dense, TP 1–8)', () => {
    const m = model('llama-3.1-70b');
    for (const tp of [1, 2, 4, 8]) {
      const s = tensorSplit(m, tp);
      expect(s.ranks.reduce((n, r) => n + (r.heads[1] - r.heads[0]), 0)).toBe(m.heads);
      expect(s.ranks.reduce((n, r) => n + r.downRows, 0)).toBe(m.intermediate);
      expect(s.ranks.reduce((n, r) => n + r.oRows, 0)).toBe(m.heads * m.headDim);
    }
  });

  it('Qwen3-30B-A3B has 4 KV heads: at TP 8 each is held by two GPUs (vLLM replicates them)', () => {
    const s = tensorSplit(QWEN3_30B_A3B, 8);
    expect(s.kvCopies).toBe(2);
    expect(s.kvHeadsPerGpu).toBe(1);
    expect(s.ranks.map((r) => r.kvHeads[0])).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(tensorSplit(QWEN3_30B_A3B, 4).kvCopies).toBe(1);
  });

  it('refuses degrees vLLM refuses: 32 heads over 3 GPUs, 8 KV heads over 6', () => {
    expect(() => tensorSplit(model('llama-3.1-8b'), 3)).toThrow(/not divisible by tp=3/);
    expect(() => tensorSplit(model('qwen2.5-32b'), 5)).toThrow(/KV heads/);
  });

  it('Qwen3-30B-A3B’s config gives its published 30.5B parameters (within 2 %)', () => {
    expect(Math.abs(paramCount(QWEN3_30B_A3B) / 30.5e9 - 1)).toBeLessThan(0.02);
  });
});
