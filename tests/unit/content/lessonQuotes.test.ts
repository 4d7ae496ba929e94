/**
 * Lesson text that quotes what a widget shows ("around step 20", "R3 recovers 14 blocks") is held
 * to the model: each quote is read from the lesson file and compared with the same preset run
 * through the widget's pure model. A reworded quote or a changed model fails here, not in class.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineConfigFor } from '../../../src/widget-models/batching/engineSetup.ts';
import { BATCH_PRESETS } from '../../../src/widget-models/batching/presets.ts';
import { prefillChunks, scheduledInStep, staticBatches } from '../../../src/widget-models/batching/quizFacts.ts';
import { buildWorkload } from '../../../src/widget-models/batching/workload.ts';
import { KV_PRESETS } from '../../../src/widget-models/kv-paging/presets.ts';
import { simulate } from '../../../src/widget-models/kv-paging/simulate.ts';

const WORDS: Readonly<Record<string, number>> = { three: 3, four: 4, five: 5, fifteen: 15, sixteen: 16, sixteenth: 16 };
const num = (s: string | undefined) => (s === undefined ? NaN : (WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''))));

/** The numbers a lesson's quote states; fails if the lesson no longer says it, or no longer embeds the preset. */
function quoted(file: string, preset: string, pattern: RegExp): number[] {
  const text = readFileSync(`src/lessons/${file}`, 'utf8').replace(/\s+/g, ' ');
  expect(text, `${file} embeds preset "${preset}"`).toContain(`preset="${preset}"`);
  const m = pattern.exec(text);
  if (!m) throw new Error(`${file} no longer says ${pattern}; update the quote here with the text`);
  return m.slice(1).map(num);
}

function kvEvents(preset: keyof typeof KV_PRESETS) {
  const run = simulate(KV_PRESETS[preset].state).paged;
  if (!run) throw new Error(`${preset}: the paged run did not start`);
  return run.frames.flatMap((f) => f.events);
}

describe('the KV cache memory lesson', () => {
  const events = kvEvents('preemption');

  it('first preempts around the step it says', () => {
    const [step] = quoted('02-vllm/01-kv-cache-memory.mdx', 'preemption', /first preemption, around step (\d+)/);
    const first = events.find((e) => e.type === 'preempted');
    // The widget counts steps from 1; "around" allows a step either side.
    expect(Math.abs((first?.step ?? -99) + 1 - (step ?? NaN))).toBeLessThanOrEqual(1);
  });

  it('has the request it names recover that many blocks from the prefix cache near the end', () => {
    const [req, blocks] = quoted('02-vllm/01-kv-cache-memory.mdx', 'preemption', /near the end, R(\d+) recovers (\d+) blocks this way/);
    const preempted = new Set(events.filter((e) => e.type === 'preempted').map((e) => e.req));
    const recovered = events.filter((e) => e.type === 'cacheHit' && preempted.has(e.req));
    const last = recovered.at(-1);
    expect(last?.type === 'cacheHit' ? [last.req, last.blockIds.length] : null).toEqual([`r${req}`, blocks]);
  });
});

describe('the PagedAttention lesson', () => {
  it('has the second request find the number of cached blocks it quotes', () => {
    const [blocks] = quoted('02-vllm/02-paged-attention.mdx', 'prefix-sharing', /found its first (\d+) blocks … in the prefix cache/);
    const hit = kvEvents('prefix-sharing').find((e) => e.type === 'cacheHit');
    expect(hit?.type === 'cacheHit' ? [hit.req, hit.blockIds.length] : null).toEqual(['r2', blocks]);
  });

  it('shares the full prompt blocks among the samples it counts, and copies on write as many as it says', () => {
    const [full, sharedBy, copies, samples] = quoted(
      '02-vllm/02-paged-attention.mdx',
      'parallel-sampling',
      /the (\d+) full prompt blocks are "shared by (\d+)"\. Step again: (\w+) of the (\w+) samples copy/,
    );
    const preset = KV_PRESETS['parallel-sampling'].state;
    const events = kvEvents('parallel-sampling');
    const forks = events.filter((e) => e.type === 'forked');
    const prompt = preset.addedRequests[0]?.[0] ?? 0;
    expect(Math.floor(prompt / preset.blockSize)).toBe(full);
    expect(forks.length + 1).toBe(sharedBy);
    expect(forks.length + 1).toBe(samples);
    expect(events.filter((e) => e.type === 'blockCopied')).toHaveLength(copies ?? NaN);
  });
});

describe('the continuous batching lesson', () => {
  it('puts R0 alone in the first static batch and the next arrivals in the second', () => {
    const [from, to] = quoted('02-vllm/03-continuous-batching.mdx', 'late-arrivals', /batch 1 is R0 alone; R(\d) to R(\d) arrive while it runs/);
    const batches = staticBatches('late-arrivals', 2);
    expect(batches[0]).toEqual(['R0']);
    expect(batches[1]).toEqual(Array.from({ length: (to ?? 0) - (from ?? 0) + 1 }, (_, i) => `R${(from ?? 0) + i}`));
  });
});

describe('the chunked prefill lesson', () => {
  it('has R2 arrive when it says, and cut its prompt into budget-minus-decodes chunks', () => {
    const [at, budget] = quoted('02-vllm/04-chunked-prefill.mdx', 'long-prompts', /Step to R2's arrival \(around ([\d.]+) s\).*?each chunk is (\d+) minus the decodes/);
    const r2 = buildWorkload(BATCH_PRESETS['long-prompts'].settings).reqs.find((r) => r.label === 'R2');
    expect(Math.abs((r2?.arrivalUs ?? 0) / 1e6 - (at ?? NaN))).toBeLessThan(0.05);
    const { chunks, decodesInFirst } = prefillChunks('long-prompts', 'R2');
    expect(BATCH_PRESETS['long-prompts'].settings.maxNumBatchedTokens).toBe(budget);
    expect(chunks[0]).toBe((budget ?? NaN) - decodesInFirst);
  });

  it('gives four prompts at most the threshold each, and room for a fifth, in the first step', () => {
    const [four, cap, budget] = quoted('02-vllm/04-chunked-prefill.mdx', 'prefill-threshold', /(\w+) prompts each get at most (\d+) tokens of the ([\d,]+)-token budget, and a prompt shorter than \d+ leaves room for a fifth/);
    const step = scheduledInStep('prefill-threshold', 0);
    expect(step).toHaveLength((four ?? 0) + 1);
    expect(step.every((s) => s.tokens <= (cap ?? 0))).toBe(true);
    expect(step.slice(0, four).filter((s) => s.tokens === cap).length).toBe((four ?? 0) - 1);
    expect(step.reduce((n, s) => n + s.tokens, 0)).toBe(budget);
  });
});

describe('the preemption lesson', () => {
  it('states the pool, what fits after two steps and what each answer needs, as the model has them', () => {
    const file = '05-preemption.mdx';
    const [usable, slots] = quoted(`02-vllm/${file}`, 'preemption', /\((\d+) usable blocks, ([\d,]+) token slots\)/);
    const [fit, each, waiting, left] = quoted(`02-vllm/${file}`, 'preemption', /Step twice: (\w+) prompts fit \((\d+) blocks each\), and the (\w+) waits because only (\d+) blocks are left/);
    const [tokens, blocks] = quoted(`02-vllm/${file}`, 'preemption', /Each answer will grow to ([\d,]+) tokens, (\d+) blocks/);
    const s = BATCH_PRESETS.preemption.settings;
    const cfg = engineConfigFor(s);
    // vLLM keeps block 0 as the null block.
    expect(cfg.numGpuBlocks - 1).toBe(usable);
    expect((cfg.numGpuBlocks - 1) * cfg.blockSize).toBe(slots);
    const running = scheduledInStep('preemption', 1);
    expect(running).toHaveLength(fit ?? NaN);
    expect(s.numPrompts).toBe(waiting);
    expect(Math.ceil(s.promptLength / cfg.blockSize)).toBe(each);
    expect((usable ?? 0) - (fit ?? 0) * (each ?? 0)).toBe(left);
    expect(s.promptLength + s.outputLength).toBe(tokens);
    expect(Math.ceil((s.promptLength + s.outputLength) / cfg.blockSize)).toBe(blocks);
  });
});
