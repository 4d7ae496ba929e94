import { describe, expect, it } from 'vitest';
import { createModelServer } from '../../../../../src/ui/widgets/kit/serveModels.ts';
import type { WidgetModel } from '../../../../../src/widget-models/model.ts';

/** Records `n` frames, one per `advance` call, each taking a little real time. */
const counter: WidgetModel<{ n: number }, { frames: number[] }> = {
  id: 'counter',
  start({ n }) {
    const sim = { frames: [] as number[] };
    return {
      sim,
      advance() {
        const until = performance.now() + 15;
        while (performance.now() < until) {
          /* burn the slice, like a model does */
        }
        sim.frames.push(sim.frames.length);
        return sim.frames.length >= n;
      },
    };
  },
};

function setup() {
  const queue: (() => void)[] = [];
  const server = createModelServer({ counter: counter as WidgetModel<never, unknown> }, (fn) => queue.push(fn));
  const drain = () => {
    while (queue.length) queue.shift()?.();
  };
  return { server, drain };
}

describe('the simulation worker’s model server', () => {
  it('sends growing snapshots, fewer than slices, and a complete last one', () => {
    const { server, drain } = setup();
    const got: { len: number; done: boolean }[] = [];
    server.start(1, 'counter', { n: 40 }, (sim, done) => got.push({ len: (sim as { frames: number[] }).frames.length, done }));
    drain();
    expect(got.at(-1)).toEqual({ len: 40, done: true });
    expect(got.filter((g) => g.done)).toHaveLength(1);
    expect(got.length).toBeGreaterThan(1);
    expect(got.length).toBeLessThan(40);
    for (let i = 1; i < got.length; i++) expect(got[i]!.len).toBeGreaterThan(got[i - 1]!.len);
  });

  it('stops a cancelled run: no snapshot after the cancel', () => {
    const { server, drain } = setup();
    const got: boolean[] = [];
    server.start(7, 'counter', { n: 1000 }, (_sim, done) => got.push(done));
    server.cancel(7);
    drain();
    expect(got).not.toContain(true);
    expect(got.length).toBeLessThanOrEqual(1);
  });

  it('names the model it does not know', () => {
    const { server } = setup();
    expect(() => server.start(1, 'nope', {}, () => {})).toThrow(/“nope”/);
  });
});
