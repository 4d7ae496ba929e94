/**
 * Keeps the LoRA lesson and its knowledge checks honest: every figure the lesson quotes from the
 * widget is recomputed through the widget's model on the preset the lesson embeds (or names),
 * the estimated cost figures come from loraCost, the model-graded knowledge-check answers are
 * rerun through the engine, and every glossary link resolves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../../src/content/glossary/index.ts';
import check from '../../../src/content/quiz/lessons/vllm--lora.ts';
import { checkAnswer, correctAnswer } from '../../../src/quiz/check.ts';
import type { QuizItem } from '../../../src/quiz/schema.ts';
import { adapterBytes, adapterParams } from '../../../src/sim/cost/loraCost.ts';
import { ENGINE_DEFAULTS } from '../../../src/sim/engine/config.ts';
import { relativeThroughput } from '../../../src/widget-models/lora/overhead.ts';
import { LORA_PRESETS, type LoraPresetId } from '../../../src/widget-models/lora/presets.ts';
import { blocksForSlots, firstStepScheduled, storageLoads } from '../../../src/widget-models/lora/quizFacts.ts';
import type { LoraSettings } from '../../../src/widget-models/lora/settings.ts';
import { startLoraRun } from '../../../src/widget-models/lora/simulate.ts';
import type { LoraSummary } from '../../../src/widget-models/lora/types.ts';

const FILE = '02-vllm/08-lora.mdx';
const TEXT = readFileSync(`src/lessons/${FILE}`, 'utf8').replace(/\s+/g, ' ');

/** The numbers a quote states; fails if the lesson no longer says it, or no longer embeds the preset. */
function quoted(preset: LoraPresetId | null, pattern: RegExp): number[] {
  if (preset) expect(TEXT, `${FILE} embeds preset "${preset}"`).toContain(`preset="${preset}"`);
  const m = pattern.exec(TEXT);
  if (!m) throw new Error(`${FILE} no longer says ${pattern}; update the quote here with the text`);
  return m.slice(1).map((s) => Number(s.replace(/,/g, '')));
}

function settingsOf(id: LoraPresetId): LoraSettings {
  const { frame: _f, speed: _sp, ...s } = LORA_PRESETS[id].state;
  return s;
}

function summary(s: LoraSettings): LoraSummary {
  const job = startLoraRun(s);
  while (!job.advance(100));
  expect(job.sim.error).toBeNull();
  return job.sim.summary as LoraSummary;
}

const item = (n: number): QuizItem => {
  const it = check.items.find((x) => x.id === `kc:vllm/lora#${n}`);
  if (!it) throw new Error(`no item ${n}`);
  return it;
};

describe('the LoRA lesson quotes the model', { timeout: 60_000 }, () => {
  it('one slot: requests skipped, median TTFT against the base model, and with four slots', () => {
    const [skipped, total, p50s, baseMs, p50Four] = quoted('one-slot', /\*\*(\d+) of the (\d+) requests\*\* are skipped at least once, and the median time to first token is \*\*([\d.]+) s\*\*, against \*\*(\d+) ms\*\* for the same requests on the base model\. Now press \*\*\+ slot\*\* three times \(`--max-loras 4`\): nobody is skipped any more, and the median falls to \*\*(\d+) ms\*\*/);
    const s = settingsOf('one-slot');
    const one = summary(s);
    expect(one.requestsDeferred).toBe(skipped);
    expect(one.numRequests).toBe(total);
    expect(Math.round(one.lora.ttftP50Ms / 100) / 10).toBe(p50s);
    expect(Math.round(one.base.ttftP50Ms)).toBe(baseMs);
    const four = summary({ ...s, maxLoras: 4 });
    expect(four.requestsDeferred).toBe(0);
    expect(Math.round(four.lora.ttftP50Ms)).toBe(p50Four);
    // The preset the text points at by name ("press + slot three times") is the enough-slots preset.
    expect(settingsOf('enough-slots')).toEqual({ ...s, maxLoras: 4 });
    const [share] = quoted(null, /In the one-slot run above, LoRA took under (\d+) % of step time/);
    expect(one.loraTimeShare).toBeLessThan((share as number) / 100);
  });

  it('CPU cache: storage reads with four CPU slots and with sixteen', () => {
    const [thrash, cached] = quoted('cpu-thrash', /this run reads adapters from storage \*\*(\d+)\*\* times for 16 adapters.*?storage reads drop to \*\*(\d+)\*\*, one per adapter/);
    const a = summary(settingsOf('cpu-thrash'));
    const b = summary(settingsOf('cpu-cache'));
    expect(a.loads).toBe(thrash);
    expect(b.loads).toBe(cached);
    expect(settingsOf('cpu-cache')).toEqual({ ...settingsOf('cpu-thrash'), maxCpuLoras: 16 });
    // "Notice what does not change much: the TTFT figures."
    expect(Math.abs(a.lora.ttftP50Ms - b.lora.ttftP50Ms) / a.lora.ttftP50Ms).toBeLessThan(0.1);
  });

  it('zipf: adapter A gets about 30 % of requests', () => {
    const [pct] = quoted('zipf', /adapter \*\*A\*\* gets about (\d+) % of the requests/);
    expect(Math.round(summary(settingsOf('zipf')).perAdapter[0]?.share as number * 100 / 10) * 10).toBe(pct);
  });

  it('adapter sizes and slot memory come from loraCost', () => {
    const [params, mb, gb256] = quoted(null, /≈ (\d+) million parameters, \*\*about (\d+) MB\*\* in bf16.*?At rank 256 the same adapter is about ([\d.]+) GB/);
    expect(Math.round(adapterParams(16) / 1e6)).toBe(params);
    expect(Math.round(adapterBytes(16) / 1e6)).toBe(mb);
    expect(Math.round(adapterBytes(256) / 1e7) / 100).toBe(gb256);
    const [perSlot, four, blocks, pct, rank16] = quoted(null, /one slot holds about ([\d.]+) GB .*?Four slots take about \*\*([\d.]+) GB\*\*, which is \*\*([\d,]+)\*\* KV blocks of 16 tokens on an H100, about (\d+) % of the cache\. At rank 16 the same four slots take (\d+) blocks/);
    expect(Math.round(adapterBytes(256) / 1e7) / 100).toBe(perSlot);
    expect(Math.round((4 * adapterBytes(256)) / 1e8) / 10).toBe(four);
    expect(blocksForSlots(4, 256)).toBe(blocks);
    expect(Math.round((100 * (blocks as number)) / ENGINE_DEFAULTS.numGpuBlocks)).toBe(pct);
    expect(blocksForSlots(4, 16)).toBe(rank16);
    const high = summary(settingsOf('high-rank'));
    expect(high.kvBlocksBase - high.kvBlocks).toBe(blocks);
  });

  it('estimated step cost of rank and adapter count', () => {
    const [one, eight] = quoted(null, /One rank-16 adapter: the step is about \*\*(\d+) %\*\* slower.*?Eight rank-256 adapters in one batch: about \*\*(\d+) %\*\* slower/);
    expect(Math.round(100 * (1 - relativeThroughput(16, 1)))).toBe(one);
    expect(Math.round(100 * (1 - relativeThroughput(256, 8)))).toBe(eight);
  });

  it('every glossary link resolves and the lesson ends with its knowledge check', () => {
    const ids = [...TEXT.matchAll(/<Term id="([^"]+)">/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(8);
    for (const id of ids) expect(getTerm(id), id).toBeDefined();
    expect(TEXT).toContain('<KnowledgeCheck lesson="vllm/lora" />');
    expect(TEXT.match(/<LoraWidget /g)?.length).toBe(3);
  });
});

describe('the LoRA knowledge checks are graded by the model', () => {
  it('has at least eight items, each with its correct answer accepted', () => {
    expect(check.items.length).toBeGreaterThanOrEqual(8);
    for (const it of check.items) expect(checkAnswer(it, correctAnswer(it)).correct, it.id).toBe(true);
  });

  it('max_loras 2: the engine skips C and D but keeps scanning, as vLLM’s scheduler does', () => {
    const got = firstStepScheduled(2);
    expect(got).toEqual(['r1', 'r2', 'r4', 'r6']);
    const it6 = item(6);
    if (it6.kind !== 'single') throw new Error('single expected');
    expect(it6.options.find((o) => o.id === it6.answer)?.text).toBe(got.join(', '));
    expect(firstStepScheduled(1)).toEqual(['r1', 'r4']);
  });

  it('storage loads through the LRU CPU cache, and the slot memory', () => {
    const it7 = item(7);
    if (it7.kind !== 'single') throw new Error('single expected');
    const loads = storageLoads(['A', 'B', 'A', 'C', 'A', 'B'], 2).loads;
    expect(loads).toBe(4);
    expect(it7.options.find((o) => o.id === it7.answer)?.text).toBe(`${loads} times`);
    const it8 = item(8);
    if (it8.kind !== 'numeric') throw new Error('numeric expected');
    expect(it8.answer).toBe(2560);
  });
});
