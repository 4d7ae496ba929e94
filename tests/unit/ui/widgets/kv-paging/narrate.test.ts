import { describe, expect, it } from 'vitest';
import type { BlockId, Micros } from '../../../../../src/sim/core/units.ts';
import type { SimEvent } from '../../../../../src/sim/engine/types.ts';
import { blockList, narrateEvent, narrateFrame } from '../../../../../src/ui/widgets/kv-paging/narrate.ts';

const ctx = { blockSize: 16, label: (id: string) => id.toUpperCase() };
const at = { step: 7, timeUs: 1000 as Micros };
const ids = (...b: number[]) => b as BlockId[];

describe('narration', () => {
  it('lists blocks compactly', () => {
    expect(blockList([4])).toBe('#4');
    expect(blockList([4, 9])).toBe('#4 and #9');
    expect(blockList([4, 5, 6, 7])).toBe('#4–#7');
    expect(blockList([4, 9, 11, 12])).toBe('#4, #9 and 2 more');
  });

  it('says what each block event means, with a why', () => {
    const hit = narrateEvent({ ...at, type: 'cacheHit', req: 'r2', blockIds: ids(1, 2, 3), tokens: 48 }, ctx);
    expect(hit?.text).toBe('R2 found its first 3 blocks (48 tokens) in the prefix cache and reused them instead of recomputing.');
    expect(hit?.why).toMatch(/--enable-prefix-caching/);
    expect(narrateEvent({ ...at, type: 'blockCopied', req: '1_r1', src: ids(9)[0] as BlockId, dst: ids(40)[0] as BlockId }, ctx)?.text).toBe(
      '1_R1 had to write into shared block #9, so it was copied to #40 first (copy-on-write).',
    );
    const pre = narrateEvent({ ...at, type: 'preempted', req: 'r4', reason: 'kv_cache_full', for: 'r1' }, ctx);
    expect(pre?.tone).toBe('danger');
    expect(pre?.text).toBe('Out of free blocks for R1: R4 was preempted; its blocks were freed and it will recompute later.');
    expect(narrateEvent({ ...at, type: 'blocksFreed', req: 'r1', blockIds: ids(3, 2, 1), toFreeQueue: ids(3, 2) }, ctx)?.text).toBe(
      'R1 released 3 blocks: 2 went back to the free queue, 1 stays in use by other sequences.',
    );
    expect(narrateEvent({ ...at, type: 'blocksCached', req: 'r1', blockIds: ids(1) }, ctx)).toBeNull();
  });

  it('puts the step summary first and caps a busy step', () => {
    const step: SimEvent = {
      ...at,
      type: 'step',
      durationUs: 6400 as Micros,
      scheduled: [
        { req: 'r1', tokens: 1, computed: 200 },
        { req: 'r2', tokens: 120, computed: 0 },
      ],
      numScheduledTokens: 121,
      running: 2,
      waiting: 0,
      kvCacheUsage: 0.25,
    };
    const allocs: SimEvent[] = Array.from({ length: 12 }, (_, i) => ({ ...at, type: 'blocksAllocated', req: `r${i}`, blockIds: ids(i + 1) }));
    const out = narrateFrame([...allocs, step], ctx, 8);
    expect(out).toHaveLength(8);
    expect(out[0]?.text).toBe('Step 8 took 6.4 ms: 121 tokens for 2 sequences (1 prompt chunk and 1 decode token).');
    expect(out[7]?.text).toBe('…and 6 more events in this step.');
  });
});
