import { describe, expect, it } from 'vitest';
import { GPUS } from '../../../../src/sim/cost/catalog/gpus.ts';
import { MODELS } from '../../../../src/sim/cost/catalog/models.ts';
import { activeParamCount, paramCount } from '../../../../src/sim/cost/model/weights.ts';
import { tpProblem } from '../../../../src/sim/cost/model/shardShapes.ts';
import { MEASURED_CALIBRATIONS } from '../../../../src/sim/cost/calibration/index.ts';

describe('model catalog', () => {
  it('has the required models plus at least two more, with unique ids', () => {
    const ids = MODELS.map((m) => m.id);
    for (const id of ['llama-3.2-1b', 'llama-3.1-8b', 'llama-3.1-70b', 'qwen2.5-32b']) expect(ids).toContain(id);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(MODELS.map((m) => [m.id, m] as const))('%s cites its Hugging Face config.json and matches its published size', (_id, m) => {
    expect(m.source.url).toMatch(/^https:\/\/huggingface\.co\/.+\/config\.json$/);
    expect(Math.abs(paramCount(m) / (m.declaredParams as number) - 1)).toBeLessThan(0.02);
    expect(m.heads % m.kvHeads).toBe(0);
  });

  it('Mixtral activates about 12.9B of its 46.7B parameters per token', () => {
    const mixtral = MODELS.find((m) => m.id === 'mixtral-8x7b');
    expect(mixtral?.moe?.experts).toBe(8);
    expect(activeParamCount(mixtral!) / 1e9).toBeCloseTo(12.9, 0);
  });

  it('the measured models match the calibration files’ configs', () => {
    for (const file of MEASURED_CALIBRATIONS) {
      for (const [id, t] of Object.entries(file.models)) {
        const m = MODELS.find((x) => x.id === id);
        expect(m && [m.hidden, m.layers, m.heads, m.kvHeads, m.headDim, m.intermediate, m.vocab]).toEqual([
          t.config.hidden,
          t.config.layers,
          t.config.heads,
          t.config.kv_heads,
          t.config.head_dim,
          t.config.intermediate,
          t.config.vocab,
        ]);
      }
    }
  });

  it('tensor-parallel degrees follow vLLM’s divisibility rules', () => {
    const qwen = MODELS.find((m) => m.id === 'qwen2.5-32b')!;
    expect(tpProblem(qwen, 16)).toMatch(/40 attention heads/);
    expect(tpProblem(qwen, 8)).toBeNull();
    expect(tpProblem(qwen, 4)).toBeNull();
  });
});

describe('GPU catalog', () => {
  it('has the measured H100 and H200 under the calibration files’ ids', () => {
    for (const f of MEASURED_CALIBRATIONS) expect(GPUS.find((g) => g.id === f.gpu.id)?.calibration).toBe('measured');
  });

  it('spec-sheet GPUs are marked estimated and cite a vendor URL', () => {
    const est = GPUS.filter((g) => g.calibration === 'estimated');
    expect(est.map((g) => g.id).sort()).toEqual(['a100-sxm-80gb', 'l40s-48gb', 'mi300x-192gb']);
    for (const g of est) {
      expect(g.source.url).toMatch(/^https:\/\/(www\.nvidia\.com|resources\.nvidia\.com|www\.amd\.com)\//);
      expect(g.source.note).toMatch(/Estimated from spec sheet/);
      expect(g.hbmGBps).toBeGreaterThan(0);
      expect(g.interconnect.perDirectionGBps).toBeGreaterThan(0);
    }
  });
});
