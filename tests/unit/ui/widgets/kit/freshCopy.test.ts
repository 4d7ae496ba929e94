import { describe, expect, it } from 'vitest';
import { freshCopy } from '../../../../../src/ui/widgets/kit/freshCopy.ts';

class Frame {
  constructor(readonly step: number) {}
}

describe('freshCopy (a result grown in place, installed as a new snapshot)', () => {
  it('gives the result, its lists and the lists of its groups new identities, keeping their contents', () => {
    const result = { frames: [new Frame(0)], sweeps: { k: [1], acc: [2] }, summary: null, label: 'x' };
    const copy = freshCopy(result);
    expect(copy).toEqual(result);
    expect(copy).not.toBe(result);
    expect(copy.frames).not.toBe(result.frames);
    expect(copy.sweeps).not.toBe(result.sweeps);
    expect(copy.sweeps.k).not.toBe(result.sweeps.k);
    // Items are shared: a frame is never rewritten once made.
    expect(copy.frames[0]).toBe(result.frames[0]);
    // A selector of a nested list sees the job's next point only through the new copy.
    result.sweeps.k.push(3);
    expect(copy.sweeps.k).toEqual([1]);
  });

  it('leaves class instances, deeper objects and plain values as they are', () => {
    const frame = new Frame(1);
    const deep = { a: { b: [1] } };
    const copy = freshCopy({ frame, deep });
    expect(copy.frame).toBe(frame);
    expect(copy.deep).not.toBe(deep);
    expect(copy.deep.a).toBe(deep.a);
    expect(freshCopy(7)).toBe(7);
    const list = [1, 2];
    expect(freshCopy(list)).not.toBe(list);
  });
});
