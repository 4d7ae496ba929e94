/**
 * Runs a widget's model off the main thread: in a module worker when the browser has one, in
 * time slices on the main thread otherwise (jsdom, old browsers, or a worker that fails to
 * load). One runner per widget instance; `dispose` ends its worker.
 */
import { proxy, releaseProxy, type Remote, wrap } from 'comlink';
import type { WidgetModel } from '../../../widget-models/model.ts';
import { runInSlices } from './runInSlices.ts';
import type { ModelServer } from './serveModels.ts';

export interface ModelRunner {
  /**
   * Starts computing; `onUpdate` gets the result so far (revived) until `done`.
   * @returns cancel (the run's later snapshots are dropped)
   */
  run<Settings, Sim>(model: WidgetModel<Settings, Sim>, settings: Settings, onUpdate: (sim: Sim, done: boolean) => void): () => void;
  dispose(): void;
}

function runHere<Settings, Sim>(model: WidgetModel<Settings, Sim>, settings: Settings, onUpdate: (sim: Sim, done: boolean) => void): () => void {
  const job = model.start(settings);
  let done = false;
  return runInSlices((ms) => (done = job.advance(ms)), { onSlice: () => onUpdate(job.sim, done) });
}

/** A runner that computes on the main thread, in slices. */
export function createMainThreadRunner(): ModelRunner {
  return { run: runHere, dispose: () => {} };
}

/** A runner backed by a module worker, or the main-thread runner where workers are unavailable. */
export function createModelRunner(): ModelRunner {
  if (typeof Worker === 'undefined') return createMainThreadRunner();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
  } catch {
    return createMainThreadRunner();
  }
  const remote: Remote<ModelServer> = wrap<ModelServer>(worker);
  let nextId = 1;
  let broken = false;
  // Runs still waiting for their last snapshot: if the worker dies, they continue here.
  const pending = new Map<number, () => void>();
  worker.addEventListener('error', () => {
    broken = true;
    for (const restart of pending.values()) restart();
    pending.clear();
  });
  return {
    run(model, settings, onUpdate) {
      if (broken) return runHere(model, settings, onUpdate);
      const id = nextId++;
      let live = true;
      let cancelHere: (() => void) | null = null;
      pending.set(id, () => {
        if (live) cancelHere = runHere(model, settings, onUpdate);
      });
      const sink = proxy((sim: unknown, done: boolean) => {
        if (!live) return;
        if (done) pending.delete(id);
        onUpdate(model.revive ? model.revive(sim as never) : (sim as never), done);
      });
      remote.start(id, model.id, settings, sink).catch((e: unknown) => {
        // The worker answered with an error (e.g. an unregistered model): compute here instead,
        // where the same error surfaces through the model.
        pending.delete(id);
        if (live) {
          console.warn('Simulation worker failed, computing on the main thread:', e);
          cancelHere = runHere(model, settings, onUpdate);
        }
      });
      return () => {
        live = false;
        pending.delete(id);
        cancelHere?.();
        if (!broken) void remote.cancel(id);
      };
    },
    dispose() {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
