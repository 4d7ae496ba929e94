/** Each preset's title and guide promise only what the model shows. */
import { describe, expect, it } from 'vitest';
import { computeTensorParallel, type TensorParallelFacts } from '../../../../../src/widget-models/tensor-parallel/compute.ts';
import { presetOf, TP_PRESETS, type TensorParallelPresetId } from '../../../../../src/widget-models/tensor-parallel/presets.ts';
import type { TensorParallelSettings } from '../../../../../src/widget-models/tensor-parallel/settings.ts';

const facts = (id: TensorParallelPresetId, o: Partial<TensorParallelSettings> = {}): TensorParallelFacts => computeTensorParallel({ ...TP_PRESETS[id].state, ...o });
const commShare = (f: TensorParallelFacts) => (f.step ? f.step.commUs / f.step.stepUs : Number.NaN);

describe('tensor-parallel presets', () => {
  it('there are at least four, each runs, and an unknown id names the known ones', () => {
    expect(Object.keys(TP_PRESETS).length).toBeGreaterThanOrEqual(4);
    for (const id of Object.keys(TP_PRESETS) as TensorParallelPresetId[]) expect(facts(id).problem).toBeNull();
    expect(() => presetOf('nope')).toThrow(/split-8b/);
  });

  it('split-8b: 16 of 32 query heads and 4 of 8 KV heads per GPU, 64 all-reduces under 5 % of the step', () => {
    const f = facts('split-8b');
    expect(f.split?.headsPerGpu).toBe(16);
    expect(f.split?.kvHeadsPerGpu).toBe(4);
    expect(f.step?.allReduces).toBe(64);
    expect(commShare(f)).toBeLessThan(0.05);
    expect(TP_PRESETS['split-8b'].state.batch).toBe(32);
  });

  it('kv-gain: four GPUs hold more than four times the blocks of one', () => {
    const m = facts('kv-gain').memory;
    expect(m && m.tp1Blocks !== null && m.plan.numGpuBlocks / m.tp1Blocks).toBeGreaterThan(4);
  });

  it('kv-replicated: KV heads copied twice at TP 8; 4 → 8 GPUs adds under 15 % blocks, 2 → 4 more than doubles', () => {
    const f8 = facts('kv-replicated');
    const f4 = facts('kv-replicated', { tp: 4 });
    const f2 = facts('kv-replicated', { tp: 2 });
    expect(f8.split?.kvCopies).toBe(2);
    const b = (f: TensorParallelFacts) => f.memory?.plan.numGpuBlocks ?? Number.NaN;
    expect(b(f8) / b(f4)).toBeLessThan(1.15);
    expect(b(f8) / b(f4)).toBeGreaterThan(1);
    expect(b(f4) / b(f2)).toBeGreaterThan(2);
  });

  it('pcie: 160 all-reduces over 40 % of the step over PCIe, under 20 % over NVLink', () => {
    const f = facts('pcie');
    expect(f.step?.allReduces).toBe(160);
    expect(commShare(f)).toBeGreaterThan(0.4);
    expect(commShare(facts('pcie', { link: 'gpu' }))).toBeLessThan(0.2);
  });

  it('across-nodes: communication over half the step; slower than TP 2 on NVLink', () => {
    const f = facts('across-nodes');
    expect(commShare(f)).toBeGreaterThan(0.5);
    const tp2 = facts('across-nodes', { tp: 2, link: 'gpu' });
    expect(f.step?.stepUs).toBeGreaterThan(tp2.step?.stepUs ?? Infinity);
  });

  it('compare-dense: TP fastest per token, data parallel most tokens/s at full load', () => {
    const c = facts('compare-dense').compare;
    expect(c?.latency).toBe('tp');
    expect(c?.throughput).toBe('dp');
  });

  it('compare-moe: TP fastest per token, EP (one expert per GPU) most at full load, PP slowest per token', () => {
    const c = facts('compare-moe').compare;
    expect(c?.latency).toBe('tp');
    expect(c?.throughput).toBe('ep');
    const rows = c?.rows ?? [];
    expect(rows.find((r) => r.id === 'ep')?.detail).toMatch(/^1 expert per GPU/);
    const pp = rows.find((r) => r.id === 'pp')?.itlUs ?? 0;
    expect(rows.filter((r) => r.problem === null).every((r) => r.itlUs <= pp)).toBe(true);
  });
});
