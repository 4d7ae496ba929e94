import { describe, expect, it } from 'vitest';
import { captionOf, slotsOf } from '../../../../../src/ui/widgets/spec-decoding/explain.ts';
import type { RowFrame } from '../../../../../src/widget-models/spec-decoding/simulate.ts';

const row = (p: Partial<RowFrame>): RowFrame => ({ req: 'r0', phase: 'verify', numDraft: 3, numAccepted: 1, emitted: 2, outputs: 40, scheduled: 4, ...p });

describe('what a row of drafts shows', () => {
  it('an accepted prefix, the first rejection, the discarded rest, then the target’s token', () => {
    expect(slotsOf(row({}), 3)).toEqual(['accepted', 'rejected', 'skipped', 'recovered']);
    expect(captionOf(row({}))).toBe('2 tokens: 1 of 3 drafts accepted, 2nd rejected + target’s token');
  });

  it('a bonus token when every draft passes', () => {
    const r = row({ numAccepted: 3, emitted: 4 });
    expect(slotsOf(r, 3)).toEqual(['accepted', 'accepted', 'accepted', 'bonus']);
    expect(captionOf(r)).toBe('4 tokens: all 3 drafts accepted + bonus token');
  });

  it('a rejection at the first draft still yields one token', () => {
    const r = row({ numAccepted: 0, emitted: 1 });
    expect(slotsOf(r, 3)).toEqual(['rejected', 'skipped', 'skipped', 'recovered']);
    expect(captionOf(r)).toBe('1 token: 0 of 3 drafts accepted, 1st rejected + target’s token');
  });

  it('a request at max_tokens keeps only what it still needed', () => {
    const r = row({ numAccepted: 3, emitted: 2, outputs: 256 });
    expect(slotsOf(r, 3).at(-1)).toBe('none');
    expect(captionOf(r)).toMatch(/reached 256 tokens, keeps 2$/);
  });

  it('prefill, a decode without drafts, waiting and finished rows', () => {
    expect(slotsOf(row({ phase: 'prefill', numDraft: 0, numAccepted: 0, emitted: 1 }), 3)).toEqual(['empty', 'empty', 'empty', 'plain']);
    expect(captionOf(row({ phase: 'decode', numDraft: 0, numAccepted: 0, emitted: 1 }))).toMatch(/no n-gram match/);
    expect(slotsOf(row({ phase: 'waiting', numDraft: 0, numAccepted: 0, emitted: 0 }), 2)).toEqual(['empty', 'empty', 'none']);
    expect(captionOf(row({ phase: 'done', outputs: 256 }))).toBe('finished: 256 tokens');
  });
});
