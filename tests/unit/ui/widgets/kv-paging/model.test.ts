import { describe, expect, it } from 'vitest';
import { BlockFrames, emptyBlockArrays } from '../../../../../src/widget-models/kv-paging/blockFrames.ts';
import { DEFAULT_SETTINGS, type KvSettings } from '../../../../../src/widget-models/kv-paging/settings.ts';
import { simulate } from '../../../../../src/widget-models/kv-paging/simulate.ts';
import { effectiveShare, fromBreakdown, type Waste } from '../../../../../src/widget-models/kv-paging/waste.ts';
import { buildWorkload } from '../../../../../src/widget-models/kv-paging/workload.ts';
import { KV_PRESETS } from '../../../../../src/widget-models/kv-paging/presets.ts';

const sum = (w: Waste) => w.tokens + w.reserved + w.internal + w.external + w.free;

/** Mean over a run of (internal fragmentation / allocated slots). */
function meanInternalShare(s: KvSettings): number {
  const frames = simulate(s).paged?.frames ?? [];
  let internal = 0;
  let allocated = 0;
  for (const f of frames) {
    internal += f.waste.internal;
    allocated += f.waste.capacity - f.waste.free;
  }
  return internal / allocated;
}

describe('KV paging model', () => {
  it('takes the engine memory breakdown in whole slots that add up to the capacity', () => {
    const c = fromBreakdown({ capacity: 1000, liveTokens: 100, reserved: 100, internalFragmentation: 100.4, externalFragmentation: 50, free: 650 });
    expect(c).toEqual({ capacity: 1000, tokens: 100, reserved: 100, internal: 100, external: 50, free: 650 });
    expect(sum(c)).toBe(1000);
    expect(effectiveShare(c)).toBeCloseTo(100 / 350);
  });

  it('names sequences stably: n > 1 becomes k_rN with labels RN·k', () => {
    const w = buildWorkload({ ...DEFAULT_SETTINGS, addedRequests: [[100, 50, 3, 0, 0]] });
    expect(w.seqs.map((q) => [q.id, q.label])).toEqual([
      ['0_r1', 'R1·1'],
      ['1_r1', 'R1·2'],
      ['2_r1', 'R1·3'],
    ]);
  });

  it('runs every preset to completion, both allocators, with conserved memory', () => {
    for (const p of Object.values(KV_PRESETS)) {
      if (p.id === 'stress-4096') continue; // covered by the perf run; slow under jsdom
      const sim = simulate(p.state);
      expect(sim.error, p.id).toBeNull();
      expect(sim.paged?.done && !sim.paged.truncated, p.id).toBe(true);
      expect(sim.contiguous?.done && !sim.contiguous.truncated, p.id).toBe(true);
      for (const f of [...(sim.paged?.frames ?? []), ...(sim.contiguous?.frames ?? [])]) expect(sum(f.waste)).toBe(f.waste.capacity);
      const last = sim.paged?.frames.at(-1);
      expect(last?.running).toBe(0);
      expect(last?.waste.tokens).toBe(0);
    }
  });

  it('shows what each preset is for', () => {
    const frag = simulate(KV_PRESETS['watch-fragmentation'].state);
    expect(frag.paged?.maxRunning).toBeGreaterThan(frag.contiguous?.maxRunning ?? 0);
    const share = (fs: { waste: Waste }[]) => fs.reduce((a, f) => a + f.waste.tokens, 0) / fs.reduce((a, f) => a + f.waste.capacity - f.waste.free, 0);
    expect(share(frag.paged?.frames ?? [])).toBeGreaterThan(0.9);
    expect(share(frag.contiguous?.frames ?? [])).toBeLessThan(0.6);

    const events = (id: keyof typeof KV_PRESETS) => (simulate(KV_PRESETS[id].state).paged?.frames ?? []).flatMap((f) => f.events.map((e) => e.type));
    expect(events('prefix-sharing').filter((t) => t === 'cacheHit')).toHaveLength(5);
    expect(events('parallel-sampling')).toContain('blockCopied');
    expect(events('parallel-sampling')).toContain('forked');
    expect(events('preemption')).toContain('preempted');
  });

  it('predicts more internal fragmentation with larger blocks', () => {
    const s = KV_PRESETS['watch-fragmentation'].state;
    const small = meanInternalShare({ ...s, blockSize: 8, numGpuBlocks: 320 });
    const mid = meanInternalShare({ ...s, blockSize: 16, numGpuBlocks: 160 });
    const large = meanInternalShare({ ...s, blockSize: 64, numGpuBlocks: 40 });
    expect(small).toBeLessThan(mid);
    expect(mid).toBeLessThan(large);
  });

  it('reports a configuration vLLM would refuse, instead of throwing', () => {
    const sim = simulate({ ...DEFAULT_SETTINGS, numGpuBlocks: 8, maxModelLen: 1024 });
    expect(sim.error).toMatch(/cannot hold one maxModelLen/);
    expect(sim.paged).toBeNull();
  });

  it('stores block frames as keyframes + diffs and reads any frame back exactly', () => {
    const bf = new BlockFrames(50);
    const a = emptyBlockArrays(50);
    const expected: number[][] = [];
    for (let f = 0; f < 100; f++) {
      a.fill[f % 50] = f % 16;
      a.owner[(f * 7) % 50] = f % 5;
      a.ref[(f * 3) % 50] = f % 4;
      bf.push(a);
      expected.push([...a.fill, ...a.owner, ...a.ref]);
    }
    for (const f of [99, 0, 33, 64, 65, 31, 98]) {
      const g = bf.get(f);
      expect([...g.fill, ...g.owner, ...g.ref]).toEqual(expected[f]);
    }
  });
});
