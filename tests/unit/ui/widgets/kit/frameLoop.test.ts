import { describe, expect, it } from 'vitest';
import { createFrameLoop } from '../../../../../src/ui/widgets/kit/frameLoop.ts';

/** A hand-cranked requestAnimationFrame. */
function fakeRaf() {
  let next: FrameRequestCallback | null = null;
  let t = 0;
  let requests = 0;
  return {
    raf: (cb: FrameRequestCallback) => {
      if (next) throw new Error('two frames requested at once');
      next = cb;
      requests++;
      return requests;
    },
    get requests() {
      return requests;
    },
    caf: () => {
      next = null;
    },
    tick(ms = 16) {
      const cb = next;
      next = null;
      t += ms;
      cb?.(t);
    },
    get pending() {
      return next !== null;
    },
  };
}

describe('frame loop', () => {
  it('runs while a task wants frames and idles when none does', () => {
    const r = fakeRaf();
    const loop = createFrameLoop(r.raf, r.caf);
    let left = 3;
    const dts: number[] = [];
    loop.add((_now, dt) => {
      dts.push(dt);
      return --left > 0;
    });
    expect(r.pending).toBe(true);
    r.tick();
    r.tick();
    r.tick();
    expect(dts).toEqual([0, 16, 16]);
    expect(r.pending).toBe(false);
    expect(loop.running).toBe(false);
    loop.wake();
    expect(r.pending).toBe(true);
  });

  it('never requests two frames at once when a task wakes the loop mid-frame', () => {
    const r = fakeRaf();
    const loop = createFrameLoop(r.raf, r.caf);
    let n = 0;
    loop.add(() => {
      loop.wake(); // e.g. playback advanced the store, and the canvas asked for a redraw
      return ++n < 4;
    });
    for (let i = 0; i < 6; i++) r.tick();
    expect(n).toBe(6);
    expect(r.requests).toBe(7);
  });

  it('does not schedule frames with no tasks, and dispose cancels', () => {
    const r = fakeRaf();
    const loop = createFrameLoop(r.raf, r.caf);
    loop.wake();
    expect(r.pending).toBe(false);
    const remove = loop.add(() => true);
    remove();
    r.tick();
    expect(r.pending).toBe(false);
    loop.add(() => true);
    loop.dispose();
    expect(r.pending).toBe(false);
  });
});
