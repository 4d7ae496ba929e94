/**
 * Keeps the tensor-parallelism lesson honest: every figure it attributes to the course's model is
 * recomputed here with the widget's own model (computeTensorParallel, the same presets) and must
 * appear in the text as printed; the knowledge check's model-graded answers are compared with the
 * same runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import KC, { TP_KC_FACTS } from '../../../src/content/quiz/lessons/vllm--tensor-parallelism.ts';
import type { NumericItem, SingleItem } from '../../../src/quiz/schema.ts';
import { computeTensorParallel, type TensorParallelFacts } from '../../../src/widget-models/tensor-parallel/compute.ts';
import { TP_PRESETS, type TensorParallelPresetId } from '../../../src/widget-models/tensor-parallel/presets.ts';
import { DEFAULT_SETTINGS, type TensorParallelSettings } from '../../../src/widget-models/tensor-parallel/settings.ts';

const text = readFileSync(new URL('../../../src/lessons/02-vllm/06-tensor-parallelism.mdx', import.meta.url), 'utf8');
const at = (o: Partial<TensorParallelSettings>) => computeTensorParallel({ ...DEFAULT_SETTINGS, ...o });
const preset = (id: TensorParallelPresetId, o: Partial<TensorParallelSettings> = {}) => computeTensorParallel({ ...TP_PRESETS[id].state, ...o });
const ms = (us: number) => `${(us / 1000).toFixed(2)} ms`;
const n = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const step = (f: TensorParallelFacts) => {
  if (!f.step) throw new Error(f.problem ?? 'no step');
  return f.step;
};
const blocks = (f: TensorParallelFacts) => f.memory?.plan.numGpuBlocks ?? Number.NaN;
const row = (f: TensorParallelFacts, id: string) => {
  const r = f.compare?.rows.find((x) => x.id === id);
  if (!r || r.problem) throw new Error(`no ${id} row`);
  return r;
};

function expectAll(figures: readonly string[]) {
  expect(figures.filter((x) => !text.includes(x))).toEqual([]);
}

describe('tensor-parallelism lesson: figures from the course’s model', () => {
  it('embeds the widget three or more times with distinct ids and known presets', () => {
    const embeds = [...text.matchAll(/<TensorParallelWidget id="([^"]+)" preset="([^"]+)"/g)];
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(embeds.map((m) => m[1])).size).toBe(embeds.length);
    for (const m of embeds) expect(Object.keys(TP_PRESETS)).toContain(m[2]);
    expect(text).toMatch(/<Mermaid/);
  });

  it('Llama-3.1-8B memory table: weights per GPU, blocks and requests at TP 1, 2, 4, 8; TP 4 holds 4.80× the blocks', () => {
    for (const tp of [1, 2, 4, 8]) {
      const p = at({ tp }).memory?.plan;
      if (!p) throw new Error('no plan');
      expectAll([`| ${tp} | ${(p.weightBytes / 1024 ** 3).toFixed(2)} GiB | ${n(p.numGpuBlocks)} | ${p.maxConcurrency.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} |`]);
    }
    expectAll([`**${(blocks(at({ tp: 4 })) / blocks(at({ tp: 1 }))).toFixed(2)}×**`]);
  });

  it('Qwen3-30B-A3B: 48 / 24 / 24 KiB per token per GPU and its blocks at TP 2, 4, 8', () => {
    const q = (tp: number) => preset('kv-replicated', { tp });
    expect([2, 4, 8].map((tp) => (q(tp).memory?.plan.kvBytesPerTokenPerGpu ?? 0) / 1024)).toEqual([48, 24, 24]);
    expectAll([`${n(blocks(q(2)))} blocks at TP 2, ${n(blocks(q(4)))} at TP 4, ${n(blocks(q(8)))} at TP 8`]);
  });

  it('the decode-step callout: NVLink and PCIe at TP 1–8 with communication shares', () => {
    for (const tp of [1, 2, 4, 8]) {
      const nv = step(at({ tp }));
      const pc = step(at({ tp, link: 'pcie5' }));
      if (tp === 1) expectAll([`| 1 | **${ms(nv.stepUs)}** | **${ms(pc.stepUs)}** |`]);
      else expectAll([`| ${tp} | **${ms(nv.stepUs)}** (${pct(nv.commUs / nv.stepUs)}`, `| **${ms(pc.stepUs)}** (${pct(pc.commUs / pc.stepUs)}`]);
    }
    expect(step(at({ tp: 8, link: 'pcie5' })).stepUs).toBeGreaterThan(step(at({ tp: 4, link: 'pcie5' })).stepUs);
    expect(step(at({ tp: 8 })).stepUs).toBeLessThan(step(at({ tp: 4 })).stepUs);
  });

  it('70B at TP 8, 64 sequences: NVLink and PCIe', () => {
    const pc = step(preset('pcie'));
    const nv = step(preset('pcie', { link: 'gpu' }));
    expect(pc.allReduces).toBe(160);
    expectAll([`**${pct(nv.commUs / nv.stepUs)}** of a **${ms(nv.stepUs)}** step`, `**${pct(pc.commUs / pc.stepUs)}** of **${ms(pc.stepUs)}** over PCIe`]);
  });

  it('across nodes: the communication share and a step slower than TP 2 on NVLink', () => {
    const ib = step(preset('across-nodes'));
    const tp2 = step(at({ tp: 2 }));
    expectAll([`**${pct(ib.commUs / ib.stepUs)}**`, `**${ms(ib.stepUs)}**`, `(${ms(tp2.stepUs)} above)`]);
    expect(ib.stepUs).toBeGreaterThan(tp2.stepUs);
  });

  it('dense comparison on eight H100s: TP fastest per token, replicas most at full load, by a few percent; PCIe costs TP about 40 %', () => {
    const f = preset('compare-dense');
    expect(f.compare?.latency).toBe('tp');
    expect(f.compare?.throughput).toBe('dp');
    const [tp, pp, dp] = ['tp', 'pp', 'dp'].map((id) => row(f, id));
    if (!tp || !pp || !dp) throw new Error('rows');
    expectAll([
      `| \`--tensor-parallel-size 8\` | **${ms(tp.itlUs)}** | **${n(tp.peakTokensPerS)}** (${n(tp.peakSeqs)} sequences) |`,
      `| \`--pipeline-parallel-size 8\` | **${ms(pp.itlUs)}** | **${n(pp.peakTokensPerS)}** (${n(pp.peakSeqs)} sequences) |`,
      `| \`--data-parallel-size 8\` | **${ms(dp.itlUs)}** | **${n(dp.peakTokensPerS)}** (${n(dp.peakSeqs)} sequences) |`,
    ]);
    expect(dp.itlUs / tp.itlUs).toBeGreaterThan(1.6);
    expect(dp.itlUs / tp.itlUs).toBeLessThan(2);
    expect(dp.peakTokensPerS / tp.peakTokensPerS).toBeLessThan(1.1);
    const slow = preset('compare-dense', { link: 'pcie5' });
    const drop = 1 - row(slow, 'tp').peakTokensPerS / tp.peakTokensPerS;
    expect(drop).toBeGreaterThan(0.35);
    expect(drop).toBeLessThan(0.45);
    expect(slow.compare?.throughput).toBe('dp');
  });

  it('Mixtral on eight H100s: the four layouts, EP most at full load with a KV cache close to TP’s', () => {
    const f = preset('compare-moe');
    const rows = ['tp', 'pp', 'dp', 'ep'].map((id) => row(f, id));
    const flags = ['`--tensor-parallel-size 8`', '`--pipeline-parallel-size 8`', '`--data-parallel-size 4 --tensor-parallel-size 2`', '`--data-parallel-size 8 --enable-expert-parallel`'];
    expectAll(rows.map((r, i) => `| ${flags[i]} | **${ms(r.itlUs)}** | **${n(r.peakTokensPerS)}** |`));
    const [tp, , , ep] = rows;
    if (!tp || !ep) throw new Error('rows');
    expect(f.compare?.throughput).toBe('ep');
    expect(ep.maxConcurrency / tp.maxConcurrency).toBeGreaterThan(0.9);
    expect(ep.itlUs / tp.itlUs).toBeLessThan(1.1);
  });
});

describe('tensor-parallelism knowledge check: answers graded by the model', () => {
  const item = <T,>(i: number) => KC.items.find((x) => x.id === `kc:vllm/tensor-parallelism#${i}`) as T;

  it('has at least eight items', () => {
    expect(KC.items.length).toBeGreaterThanOrEqual(8);
  });

  it('KV blocks gained at TP 4 is the widget’s figure', () => {
    const f = at({ tp: 4 });
    expect(TP_KC_FACTS.blocksGainedTp4).toBe(f.memory?.blocksGained);
    expect(item<NumericItem>(6).answer).toBe(f.memory?.blocksGained);
  });

  it('KV copies at TP 8 and weights per GPU match the widget', () => {
    expect(item<NumericItem>(7).answer).toBe(preset('kv-replicated').split?.kvCopies);
    const w = preset('pcie', { tp: 4 }).memory?.plan.weightBytes ?? 0;
    expect(item<NumericItem>(2).answer).toBeCloseTo(w / 1e9, 1);
    expect(item<NumericItem>(8).answer * 1024).toBe(at({ batch: 32 }).allReduceBytes);
  });

  it('the layout questions are graded by the compare-dense preset’s winners', () => {
    const c = preset('compare-dense').compare;
    expect(TP_KC_FACTS.dense8).toEqual({ latency: c?.latency, throughput: c?.throughput });
    expect(item<SingleItem>(9).kind).toBe('single');
    expect(JSON.stringify(item(9))).toContain('--tensor-parallel-size 8');
  });
});
