/**
 * Keeps the quantization lesson honest: every figure it attributes to the course's model is
 * recomputed here with the widget's model (same presets and settings), and the lesson text must
 * contain it as printed. The knowledge check's model-graded answers are compared with the same
 * runs, and the glossary terms the lesson teaches point back at it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../../src/content/glossary/index.ts';
import KC from '../../../src/content/quiz/lessons/vllm--quantization.ts';
import type { NumericItem } from '../../../src/quiz/schema.ts';
import { GIB, kvBytesPerToken, findModel } from '../../../src/sim/cost/index.ts';
import { chosenRow, computeQuantization } from '../../../src/widget-models/quantization/model.ts';
import { QUANTIZATION_PRESETS, type QuantizationPresetId } from '../../../src/widget-models/quantization/presets.ts';
import type { QuantizationSettings } from '../../../src/widget-models/quantization/settings.ts';
import type { QuantSchemeId } from '../../../src/sim/cost/index.ts';

const text = readFileSync(new URL('../../../src/lessons/02-vllm/07-quantization.mdx', import.meta.url), 'utf8');
const n = (x: number) => Math.round(x).toLocaleString('en-US');
const gib = (b: number) => (b / GIB).toFixed(1);
const msOf = (us: number, d: number) => (us / 1000).toFixed(d);
const preset = (id: QuantizationPresetId, patch: Partial<QuantizationSettings> = {}) => computeQuantization({ ...QUANTIZATION_PRESETS[id].state, ...patch });
const row = (r: ReturnType<typeof computeQuantization>, s: QuantSchemeId) => chosenRow(r, s)!;

function expectAll(figures: readonly string[]) {
  expect(figures.filter((x) => !text.includes(x))).toEqual([]);
}

function numeric(id: number): number {
  const item = KC.items.find((i) => i.id === `kc:vllm/quantization#${id}`) as NumericItem | undefined;
  if (item?.kind !== 'numeric') throw new Error(`no numeric item ${id}`);
  return item.answer;
}

describe('quantization lesson: figures from the model', () => {
  it('embeds three presets of the widget, each once', () => {
    const embeds = [...text.matchAll(/<QuantizationWidget id="([^"]+)" preset="([^"]+)" \/>/g)].map((m) => m[2]);
    expect(embeds).toEqual(['fp8-weights', 'fp8-kv', '70b-one-gpu']);
    for (const id of embeds) expect(QUANTIZATION_PRESETS[id as QuantizationPresetId]).toBeDefined();
  });

  it('FP8 on one H100: weights 15.0 → 8.5 GiB, decode 7.63 → 5.59 ms, prefill 46.6 → 32.9 ms, the measured layer', () => {
    const r = preset('fp8-weights');
    const bf = row(r, 'bf16');
    const fp8 = row(r, 'fp8');
    const awq = row(r, 'int4-awq');
    expectAll([
      `from ${gib(bf.memory!.weightBytes)} GiB to ${gib(fp8.memory!.weightBytes)} GiB`,
      `**${msOf(bf.decode!.stepUs, 2)} ms** per step in bf16, **${msOf(fp8.decode!.stepUs, 2)} ms** in FP8`,
      `**${msOf(bf.prefill!.stepUs, 1)} ms** in bf16, **${msOf(fp8.prefill!.stepUs, 1)} ms** in FP8`,
      `**measured at ${fp8.decode!.measured!.measuredUs} µs**; the model predicts ${fp8.decode!.measured!.modelUs.toFixed(1)} µs`,
      `drops further (${msOf(awq.decode!.stepUs, 2)} ms) while its prefill stays at bf16's ${msOf(awq.prefill!.stepUs, 1)} ms`,
    ]);
    // "not to 7.5": half of the bf16 weights.
    expect((bf.memory!.weightBytes / 2 / GIB).toFixed(1)).toBe('7.5');
  });

  it('fp8 KV: 128 → 64 KiB per token, 28,674 → 57,348 blocks, 14 → 28 requests, 527 → 605 tokens/s', () => {
    const r = preset('fp8-kv');
    const fp8 = row(r, 'bf16');
    const auto = r.otherKv!;
    const llama = findModel('llama-3.1-8b')!;
    expect(kvBytesPerToken(llama, 'bf16')).toBe(128 * 1024);
    expect(kvBytesPerToken(llama, 'fp8')).toBe(64 * 1024);
    expectAll([
      'from 128 KiB to 64 KiB per token',
      `**${n(auto.memory!.numGpuBlocks)}** with \`auto\`, **${n(fp8.memory!.numGpuBlocks)}** with \`fp8\``,
      `**${Math.floor(auto.memory!.maxConcurrency)}** against **${Math.floor(fp8.memory!.maxConcurrency)}**`,
      `about **${n(auto.decode!.tokensPerSecond)}** tokens/s against **${n(fp8.decode!.tokensPerSecond)}**`,
    ]);
    expect(auto.decodeBatch).toBe(Math.floor(auto.memory!.maxConcurrency));
  });

  it('70B on one H100: bf16 131.4 GiB does not fit; FP8 67.7 GiB, 1.9 requests; AWQ 37.0 GiB, 26', () => {
    const r = preset('70b-one-gpu');
    const bf = row(r, 'bf16');
    const fp8 = row(r, 'fp8');
    const awq = row(r, 'int4-awq');
    expect(bf.memory!.fits).toBe(false);
    expect(fp8.memory!.fits && awq.memory!.fits).toBe(true);
    expectAll([
      `bf16 weights, **${gib(bf.memory!.weightBytes)} GiB**, do not fit`,
      `FP8, **${gib(fp8.memory!.weightBytes)} GiB**, fits, with room for about **${fp8.memory!.maxConcurrency.toFixed(1)}** requests`,
      `INT4 AWQ, **${gib(awq.memory!.weightBytes)} GiB**, leaves room for about **${Math.floor(awq.memory!.maxConcurrency)}**`,
    ]);
    expect(awq.decode!.provenance).toBe('estimated');
  });

  it('B200 estimate for 70B: prefill 181 ms bf16, 117 ms FP8, 71 ms NVFP4, AWQ at bf16', () => {
    const r = preset('nvfp4-blackwell');
    const [bf, fp8, nv, awq] = (['bf16', 'fp8', 'nvfp4', 'int4-awq'] as const).map((s) => row(r, s).prefill!.stepUs);
    expectAll([`about **${msOf(bf!, 0)} ms** in bf16, **${msOf(fp8!, 0)} ms** in FP8 and **${msOf(nv!, 0)} ms** in NVFP4`, `stays at bf16's ${msOf(awq!, 0)} ms`]);
    expect(Math.abs(awq! - bf!) / bf!).toBeLessThan(0.01);
    expect(r.rows.every((x) => !x.prefill || x.prefill.provenance === 'estimated')).toBe(true);
  });
});

describe('quantization knowledge check: model-graded answers', () => {
  it('matches the widget model', () => {
    const kv = preset('fp8-kv', { batch: 1 });
    expect(numeric(1)).toBeCloseTo(row(kv, 'bf16').memory!.numGpuBlocks / kv.otherKv!.memory!.numGpuBlocks, 2);
    expect(numeric(1)).toBeCloseTo(2, 2);
    expect(numeric(2)).toBe(Math.floor(row(kv, 'bf16').memory!.maxConcurrency));
    const big = preset('70b-one-gpu');
    expect(numeric(3)).toBe(Math.floor(row(big, 'int4-awq').memory!.maxConcurrency));
    const w = preset('fp8-weights');
    expect(numeric(4)).toBeCloseTo(row(w, 'bf16').prefill!.stepUs / row(w, 'fp8').prefill!.stepUs, 2);
    expect(KC.items.length).toBeGreaterThanOrEqual(8);
  });
});

describe('quantization lesson: glossary', () => {
  it('teaches its terms', () => {
    for (const id of ['quantization', 'awq', 'gptq', 'fp8', 'kv-cache-dtype', 'marlin', 'nvfp4']) {
      expect(getTerm(id)?.lesson, id).toBe('vllm/quantization');
      expect(text).toContain(`<Term id="${id}">`);
    }
  });

  it('states the NVFP4 glossary example as the model computes it', () => {
    const r = preset('nvfp4-blackwell');
    expect(Number(gib(row(r, 'bf16').memory!.weightBytes))).toBeCloseTo(131.4, 1);
    expect(row(r, 'nvfp4').memory!.weightBytes / GIB).toBeLessThan(40);
    expect(getTerm('nvfp4')?.example).toContain('about 131 GiB in bf16 to under 40 GiB');
  });
});
