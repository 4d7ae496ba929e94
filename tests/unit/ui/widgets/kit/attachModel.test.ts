import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { attachModel, type ModelBinding } from '../../../../../src/ui/widgets/kit/attachModel.ts';
import type { ModelRunner } from '../../../../../src/ui/widgets/kit/modelRunner.ts';
import { initialSimulationState, type SimulationState } from '../../../../../src/ui/widgets/kit/simulationState.ts';
import type { WidgetModel } from '../../../../../src/widget-models/model.ts';

interface S extends SimulationState {
  readonly settings: { readonly n: number; readonly label: string };
  readonly sim: readonly number[];
}

const model: WidgetModel<S['settings'], number[]> = { id: 'fake', start: () => ({ sim: [], advance: () => true }) };
// The label does not change the result: the binding's key ignores it.
const binding: ModelBinding<S, S['settings'], number[]> = {
  model,
  settingsOf: (s) => s.settings,
  keyOf: (s) => String(s.n),
  install: (sim) => ({ sim }),
  frameCount: (sim) => sim.length,
};

/** A runner the test drives by hand: it records runs and lets the test deliver snapshots. */
function manualRunner() {
  const runs: { settings: unknown; cancelled: boolean; push: (sim: number[], done: boolean) => void }[] = [];
  const runner: ModelRunner = {
    run(_m, settings, onUpdate) {
      const r = { settings, cancelled: false, push: (sim: number[], done: boolean) => onUpdate(sim as never, done) };
      runs.push(r);
      return () => {
        r.cancelled = true;
      };
    },
    dispose: () => {},
  };
  return { runner, runs };
}

const store = (frame = 0) => createStore<S>(() => ({ settings: { n: 5, label: 'a' }, sim: [], ...initialSimulationState(frame, 1) }));

describe('attachModel', () => {
  it('installs the first run only when complete (it is hidden until then), then grows the timeline with each snapshot', () => {
    const api = store(4);
    const { runner, runs } = manualRunner();
    attachModel(api, binding, runner);
    runs[0]!.push([0, 1, 2], false);
    expect(api.getState().playback.frameCount).toBe(1);
    expect(api.getState().simVersion).toBe(0);
    expect(api.getState().computing).toBe(true);
    runs[0]!.push([0, 1, 2, 3, 4, 5], true);
    expect(api.getState()).toMatchObject({ targetFrame: null, computing: false, sim: [0, 1, 2, 3, 4, 5] });
    expect(api.getState().playback.frame).toBe(4);
    // A later run (a setting changed) shows its frames as they arrive, and a frame not yet computed once it exists.
    api.setState({ settings: { n: 7, label: 'a' }, playback: { ...api.getState().playback, frame: 5 } });
    runs[1]!.push([0, 1, 2], false);
    expect(api.getState().playback.frameCount).toBe(3);
    expect(api.getState().targetFrame).toBe(5);
    expect(api.getState().computing).toBe(true);
    runs[1]!.push([0, 1, 2, 3, 4, 5, 6], true);
    expect(api.getState()).toMatchObject({ targetFrame: null, computing: false });
    expect(api.getState().playback.frame).toBe(5);
  });

  it('cancels the stale run when a setting that matters changes mid-run, and only then', () => {
    const api = store();
    const { runner, runs } = manualRunner();
    attachModel(api, binding, runner);
    api.setState({ settings: { n: 5, label: 'b' } });
    expect(runs).toHaveLength(1);
    api.setState({ settings: { n: 9, label: 'b' } });
    expect(runs).toHaveLength(2);
    expect(runs[0]!.cancelled).toBe(true);
    expect(runs[1]!.settings).toEqual({ n: 9, label: 'b' });
  });

  it('keeps the moment on screen across a restart', () => {
    const api = store();
    const { runner, runs } = manualRunner();
    attachModel(api, binding, runner);
    runs[0]!.push([0, 1, 2, 3, 4, 5, 6, 7], true);
    api.setState({ playback: { ...api.getState().playback, frame: 6 } });
    api.setState({ settings: { n: 6, label: 'a' } });
    runs[1]!.push([0, 1, 2], false);
    expect(api.getState().targetFrame).toBe(6);
    runs[1]!.push([0, 1, 2, 3, 4, 5, 6, 7, 8], true);
    expect(api.getState().playback.frame).toBe(6);
  });

  it('hands the model its input made from the settings, when the binding says how', () => {
    const api = store();
    const { runner, runs } = manualRunner();
    const counting: ModelBinding<S, S['settings'], number[], { count: number }> = {
      ...binding,
      model: { id: 'counting', start: () => ({ sim: [], advance: () => true }) },
      inputOf: (s) => ({ count: s.n * 2 }),
    };
    attachModel(api, counting, runner);
    expect(runs[0]!.settings).toEqual({ count: 10 });
    // The key is still the settings': a label change neither reruns nor reaches the model.
    api.setState({ settings: { n: 5, label: 'b' } });
    expect(runs).toHaveLength(1);
    api.setState({ settings: { n: 7, label: 'b' } });
    expect(runs[1]!.settings).toEqual({ count: 14 });
  });

  it('detach cancels the run in progress', () => {
    const api = store();
    const { runner, runs } = manualRunner();
    const detach = attachModel(api, binding, runner);
    detach();
    expect(runs[0]!.cancelled).toBe(true);
  });
});
