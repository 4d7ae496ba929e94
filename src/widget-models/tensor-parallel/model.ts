/**
 * The tensor-parallel widget's model: one pure computation per setting (no timeline), run in the
 * simulation worker like every widget model so the comparison's dozens of step prices stay off
 * the page's main thread.
 */
import type { ModelJob, WidgetModel } from '../model.ts';
import { computeTensorParallel, type TensorParallelFacts } from './compute.ts';
import type { TensorParallelSettings } from './settings.ts';

export interface TensorParallelRun {
  readonly facts: TensorParallelFacts | null;
  /** Why the settings cannot be computed, or null. */
  readonly error: string | null;
}

export const tensorParallelModel: WidgetModel<TensorParallelSettings, TensorParallelRun> = {
  id: 'tensor-parallel',
  start(settings): ModelJob<TensorParallelRun> {
    const sim: { facts: TensorParallelFacts | null; error: string | null } = { facts: null, error: null };
    return {
      sim,
      advance() {
        try {
          sim.facts = computeTensorParallel(settings);
        } catch (e) {
          sim.error = e instanceof Error ? e.message : String(e);
        }
        return true;
      },
    };
  },
};
