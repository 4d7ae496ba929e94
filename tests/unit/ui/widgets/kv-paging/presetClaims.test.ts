/**
 * Every KV paging preset's title and guide promise only what the model shows: each claim is
 * replayed here on the preset's own settings through the widget's model, headless.
 */
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../../src/sim/engine/types.ts';
import { kvPagingModel } from '../../../../../src/widget-models/kv-paging/model.ts';
import { KV_PRESETS, type KvPresetId } from '../../../../../src/widget-models/kv-paging/presets.ts';
import type { KvSettings } from '../../../../../src/widget-models/kv-paging/settings.ts';
import { SEQ_PREEMPTED, SEQ_RUNNING, type Simulation } from '../../../../../src/widget-models/kv-paging/types.ts';
import { wasted, type Waste } from '../../../../../src/widget-models/kv-paging/waste.ts';
import type { Workload } from '../../../../../src/widget-models/kv-paging/workload.ts';

function settingsOf(id: KvPresetId): KvSettings {
  const { frame: _f, speed: _sp, selected: _sel, view: _v, ...s } = KV_PRESETS[id].state;
  return s;
}

const runs = new Map<string, Simulation>();

/** Both allocators' runs of `s`, computed as the widget computes them, to the end. */
function run(s: KvSettings): Simulation {
  const key = JSON.stringify(s);
  const hit = runs.get(key);
  if (hit) return hit;
  const job = kvPagingModel.start(s);
  while (!job.advance(1000));
  const sim = job.sim;
  expect(sim.error).toBeNull();
  expect(sim.paged?.done && !sim.paged.truncated).toBe(true);
  expect(sim.contiguous?.done && !sim.contiguous.truncated).toBe(true);
  runs.set(key, sim);
  return sim;
}

const paged = (sim: Simulation) => sim.paged ?? expect.unreachable('no paged run');
const contiguous = (sim: Simulation) => sim.contiguous ?? expect.unreachable('no contiguous run');
const eventsOf = (sim: Simulation): SimEvent[] => paged(sim).frames.flatMap((f) => f.events);
const promptLen = (w: Workload, k: number) => (w.specs[k]?.prompt ?? []).reduce((a, g) => a + g.tokens, 0);
const meanWasted = (frames: readonly { waste: Waste }[]) => frames.reduce((a, f) => a + wasted(f.waste), 0) / frames.length;
const usedSlots = (w: Waste) => w.capacity - w.free;

/** `[seqIndex, status]` of every live sequence in a frame's seqState. */
function statuses(seqState: Int32Array): Map<number, number> {
  const out = new Map<number, number>();
  for (let k = 0; k < seqState.length; k += 4) out.set(seqState[k] as number, seqState[k + 3] as number);
  return out;
}

describe('kv-paging presets do what their titles say', { timeout: 60_000 }, () => {
  it('sandbox: five requests on a 128-block pool, played to the end', () => {
    const sim = run(settingsOf('sandbox'));
    expect(sim.workload.specs).toHaveLength(5);
    expect(sim.numBlocks).toBe(128);
    expect(eventsOf(sim).filter((e) => e.type === 'finished')).toHaveLength(5);
  });

  it('watch-fragmentation: eight requests over 300 ms; contiguous reserves prompt + max_tokens, paged grows in 16-token blocks, wastes less and runs more at once', () => {
    const sim = run(settingsOf('watch-fragmentation'));
    const w = sim.workload;
    expect(w.specs).toHaveLength(8);
    const arrivals = w.specs.map((s) => s.arrivalUs);
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBe(300_000);
    // Generous max_tokens: every request stops before reaching it.
    for (const s of w.specs) expect(s.outputTokens).toBeLessThan(s.maxTokens ?? Infinity);

    // Contiguous: each request's region is prompt + max_tokens from the moment it is admitted.
    const c = contiguous(sim);
    const regionSlots = new Map<number, Set<number>>();
    for (const f of c.frames) {
      for (let k = 0; k < f.regions.length; k += 5) {
        const seq = f.regions[k + 2] as number;
        regionSlots.set(seq, (regionSlots.get(seq) ?? new Set()).add(f.regions[k + 1] as number));
      }
    }
    expect(regionSlots.size).toBe(8);
    for (const [seq, slots] of regionSlots) {
      const spec = w.seqs[seq]?.spec ?? -1;
      expect([...slots]).toEqual([promptLen(w, spec) + (w.specs[spec]?.maxTokens ?? NaN)]);
    }

    // Paged: 16-token blocks, nothing reserved ahead, less than one block's tail per sequence.
    const p = paged(sim);
    expect(sim.blockSize).toBe(16);
    for (const f of p.frames) {
      expect(f.waste.reserved).toBe(0);
      expect(f.waste.external).toBe(0);
      if (f.running > 0) expect(f.waste.internal).toBeLessThan(16 * f.running);
    }

    expect(meanWasted(p.frames)).toBeLessThan(meanWasted(c.frames));
    expect(p.maxRunning).toBeGreaterThan(c.maxRunning);
  });

  it('prefix-sharing: six requests share a 320-token system prompt, computed once and held once with a reference count', () => {
    const s = settingsOf('prefix-sharing');
    const sim = run(s);
    const w = sim.workload;
    expect(w.specs).toHaveLength(6);
    const first = w.specs.map((r) => r.prompt[0]);
    for (const seg of first) expect(seg).toEqual(first[0]);
    expect(first[0]?.tokens).toBe(320);
    const sysBlocks = 320 / sim.blockSize;

    const events = eventsOf(sim);
    const allocated = events.find((e) => e.type === 'blocksAllocated' && e.req === 'r1');
    const r1Blocks = allocated?.type === 'blocksAllocated' ? allocated.blockIds.slice(0, sysBlocks) : [];
    expect(r1Blocks).toHaveLength(sysBlocks);
    const hits = events.filter((e) => e.type === 'cacheHit');
    // The first computes it; each of the other five finds those very blocks.
    expect(hits.map((e) => e.req).sort()).toEqual(['r2', 'r3', 'r4', 'r5', 'r6']);
    for (const h of hits) {
      expect(h.tokens).toBeGreaterThanOrEqual(320);
      expect(h.blockIds.slice(0, sysBlocks)).toEqual(r1Blocks);
    }

    // Held once: while shared, exactly the system prompt's blocks have a reference count > 1.
    const p = paged(sim);
    let maxRef = 0;
    let at = 0;
    p.frames.forEach((_, i) => {
      const b = p.blocks.get(i);
      for (const id of r1Blocks) {
        if ((b.ref[id] as number) > maxRef) {
          maxRef = b.ref[id] as number;
          at = i;
        }
      }
    });
    expect(maxRef).toBeGreaterThan(1);
    expect(maxRef).toBeLessThanOrEqual(6);
    const atMax = p.blocks.get(at);
    const shared = [...atMax.ref.keys()].filter((id) => (atMax.ref[id] as number) > 1);
    expect(shared).toEqual([...r1Blocks]);

    // Prefix caching off: no hits, and the prompt is stored again (more than one extra copy's worth at the peak).
    const off = run({ ...s, enablePrefixCaching: false });
    expect(eventsOf(off).filter((e) => e.type === 'cacheHit')).toHaveLength(0);
    const peak = (x: Simulation) => Math.max(...paged(x).frames.map((f) => usedSlots(f.waste)));
    expect(peak(off) - peak(sim)).toBeGreaterThan(320);
  });

  it('parallel-sampling: n = 4, prompt computed once, forked onto the same blocks (ref 4), copy-on-write of the half-full last block', () => {
    const sim = run(settingsOf('parallel-sampling'));
    const w = sim.workload;
    const multi = w.specs.filter((s) => (s.n ?? 1) > 1);
    expect(multi.map((s) => s.n)).toEqual([4]);
    const spec = multi[0] ?? expect.unreachable();
    const samples = w.seqs.filter((q) => q.spec === w.specs.indexOf(spec)).map((q) => q.id);
    expect(samples).toHaveLength(4);
    const prompt = promptLen(w, w.specs.indexOf(spec));

    const events = eventsOf(sim);
    // Computed once: only one sample is ever scheduled more than one token at a time, for the prompt.
    const chunks = events.flatMap((e) => (e.type === 'step' ? e.scheduled.filter((x) => samples.includes(x.req) && x.tokens > 1) : []));
    expect(chunks.map((x) => x.tokens)).toEqual([prompt]);
    const parent = chunks[0]?.req;

    // Forks: the other three samples map the parent's blocks.
    const forks = events.filter((e) => e.type === 'forked');
    expect(forks.map((e) => e.parent)).toEqual([parent, parent, parent]);
    expect(forks.map((e) => e.child).sort()).toEqual(samples.filter((id) => id !== parent).sort());
    const promptBlocks = forks[0]?.blockIds ?? [];
    expect(promptBlocks).toHaveLength(Math.ceil(prompt / sim.blockSize));
    for (const f of forks) expect(f.blockIds).toEqual(promptBlocks);

    const p = paged(sim);
    const forkFrame = p.frames.findIndex((f) => f.events.some((e) => e.type === 'forked'));
    const b = p.blocks.get(forkFrame);
    for (const id of promptBlocks) expect(b.ref[id]).toBe(4);
    const last = promptBlocks.at(-1) ?? -1;
    expect(b.fill[last]).toBe(sim.blockSize / 2); // the shared last block is half full

    // Copy-on-write: the first sample to write into it gets a private copy, then writes there.
    const copyFrame = p.frames.findIndex((f) => f.events.some((e) => e.type === 'blockCopied'));
    const frame = p.frames[copyFrame] ?? expect.unreachable();
    const step = frame.events.find((e) => e.type === 'step');
    const firstWriter = step?.type === 'step' ? step.scheduled.find((x) => samples.includes(x.req))?.req : undefined;
    const copy = frame.events.find((e) => e.type === 'blockCopied');
    expect(copy?.type === 'blockCopied' && [copy.req, copy.src]).toEqual([firstWriter, last]);
    expect(frame.events.findIndex((e) => e.type === 'blockCopied')).toBeLessThan(frame.events.findIndex((e) => e.type === 'step'));
    if (copy?.type === 'blockCopied') {
      expect(copy.dst).not.toBe(last);
      expect(p.blocks.get(copyFrame).fill[copy.dst]).toBe(sim.blockSize / 2 + 1);
    }
  });

  it('preemption: 40 blocks, long answers; all five admitted, then the most recently admitted is preempted when no block is free, freed, and recomputed', () => {
    const sim = run(settingsOf('preemption'));
    const w = sim.workload;
    expect(sim.numBlocks).toBe(40);
    expect(w.specs).toHaveLength(5);
    for (const [k, s] of w.specs.entries()) expect(s.maxTokens ?? 0).toBeGreaterThan(promptLen(w, k));
    // The prompts fit (null block 0 excluded); the answers do not.
    const usable = (sim.numBlocks - 1) * sim.blockSize;
    const promptBlocks = w.specs.reduce((a, _, k) => a + Math.ceil(promptLen(w, k) / sim.blockSize), 0);
    expect(promptBlocks).toBeLessThanOrEqual(sim.numBlocks - 1);
    expect(w.specs.reduce((a, s, k) => a + promptLen(w, k) + s.outputTokens, 0)).toBeGreaterThan(usable);

    const p = paged(sim);
    const firstPreempt = p.frames.findIndex((f) => f.events.some((e) => e.type === 'preempted'));
    expect(firstPreempt).toBeGreaterThan(0);
    expect(Math.max(...p.frames.slice(0, firstPreempt).map((f) => f.running))).toBe(5);

    // Admission order, from the frames: a sequence is admitted when it turns running.
    const order: number[] = [];
    let prev = new Map<number, number>();
    const preempted = new Set<string>();
    p.frames.forEach((f, i) => {
      const now = statuses(f.seqState);
      const step = f.events.find((e) => e.type === 'step');
      const scheduled = step?.type === 'step' ? step.scheduled.map((x) => w.byId.get(x.req)?.index ?? -1) : [];
      for (const e of f.events) {
        if (e.type !== 'preempted') continue;
        preempted.add(e.req);
        const before = p.frames[i - 1] ?? expect.unreachable();
        expect(before.waste.free).toBe(0); // no free block left
        const runningBefore = order.filter((q) => prev.get(q) === SEQ_RUNNING);
        const victim = w.byId.get(e.req)?.index ?? -1;
        expect(victim).toBe(runningBefore.at(-1));
        expect(f.events.some((x) => x.type === 'blocksFreed' && x.req === e.req)).toBe(true);
        expect(now.get(victim)).toBe(SEQ_PREEMPTED);
        expect(f.seqState[[...now.keys()].indexOf(victim) * 4 + 1]).toBe(0); // nothing computed is kept
      }
      const admitted = [...now].filter(([q, st]) => st === SEQ_RUNNING && prev.get(q) !== SEQ_RUNNING).map(([q]) => q);
      admitted.sort((a, b) => scheduled.indexOf(a) - scheduled.indexOf(b));
      for (const q of admitted) {
        const at = order.indexOf(q);
        if (at >= 0) order.splice(at, 1);
        order.push(q);
      }
      prev = now;
    });
    expect(preempted.size).toBeGreaterThan(0);

    // Recomputed later: each victim is scheduled again with more than one token at once, and finishes.
    const events = eventsOf(sim);
    for (const id of preempted) {
      const when = events.findIndex((e) => e.type === 'preempted' && e.req === id);
      expect(events.slice(when).some((e) => e.type === 'step' && e.scheduled.some((x) => x.req === id && x.tokens > 1))).toBe(true);
      expect(events.some((e) => e.type === 'finished' && e.req === id)).toBe(true);
    }
  });

  it('stress-4096: 300 ShareGPT-like requests at 40 per second on 4,096 blocks (65,520 token slots)', () => {
    // Workload and pool only: the full run is covered by the perf run (slow under jsdom).
    const job = kvPagingModel.start(settingsOf('stress-4096'));
    const sim = job.sim;
    expect(sim.error).toBeNull();
    const w = sim.workload;
    expect(w.specs).toHaveLength(300);
    const arrivalsS = w.specs.map((s) => s.arrivalUs / 1e6);
    const rate = (w.specs.length - 1) / (Math.max(...arrivalsS) - Math.min(...arrivalsS));
    expect(rate).toBeGreaterThan(34);
    expect(rate).toBeLessThan(46);
    expect(sim.numBlocks).toBe(4096);
    expect((sim.numBlocks - 1) * sim.blockSize).toBe(65_520);
    expect(contiguous(sim).capacity).toBe(65_520);
    // ShareGPT-like: the vLLM paper's mean prompt of ≈ 161 tokens, under vllm bench's filter.
    const prompts = w.specs.map((_, k) => promptLen(w, k));
    const meanPrompt = prompts.reduce((a, x) => a + x, 0) / prompts.length;
    expect(meanPrompt).toBeGreaterThan(120);
    expect(meanPrompt).toBeLessThan(200);
    for (const [k, s] of w.specs.entries()) {
      expect(prompts[k]).toBeLessThanOrEqual(1024);
      expect((prompts[k] as number) + s.outputTokens).toBeLessThanOrEqual(2048);
    }
  });
});
