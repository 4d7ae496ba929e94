/**
 * The sizing calculator's model: the capacity search of src/sim/patterns, one trial (one cluster
 * run) per `advance`, so each replica count shows as soon as it is known.
 */
import { capacitySearch, type CapacityPlan, type CapacityQuery, type CapacityTrial } from '../../sim/patterns/index.ts';
import type { ModelJob, WidgetModel } from '../model.ts';

export interface SizingRun {
  readonly trials: readonly CapacityTrial[];
  /** Null while the search runs. */
  readonly plan: CapacityPlan | null;
  /** Why the query cannot run, or null. */
  readonly error: string | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const sizingModel: WidgetModel<CapacityQuery, SizingRun> = {
  id: 'sizing',
  start(query): ModelJob<SizingRun> {
    const sim: { trials: CapacityTrial[]; plan: CapacityPlan | null; error: string | null } = { trials: [], plan: null, error: null };
    let it: Generator<CapacityTrial, CapacityPlan, void>;
    try {
      it = capacitySearch(query);
    } catch (e) {
      sim.error = message(e);
      return { sim, advance: () => true };
    }
    return {
      sim,
      advance() {
        if (sim.plan || sim.error) return true;
        try {
          const step = it.next();
          if (step.done) {
            sim.plan = step.value;
            return true;
          }
          sim.trials.push(step.value);
          return false;
        } catch (e) {
          sim.error = message(e);
          return true;
        }
      },
    };
  },
};
