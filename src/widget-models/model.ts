/**
 * What a widget's simulation is to the kit: a pure, deterministic computation from settings to
 * frames, advanced in small budgets so it can run in a worker (or in slices on the main thread)
 * and be cancelled between two budgets.
 */

/**
 * A simulation being computed; `sim` grows in place as `advance` records frames. `sim` must be
 * plain data (no functions), because snapshots of it are copied out of the worker.
 */
export interface ModelJob<Sim> {
  readonly sim: Sim;
  /** Computes for about `budgetMs`. @returns true when the simulation is complete */
  advance(budgetMs: number): boolean;
}

/** A widget's model, registered by `id` in `registry.ts` so the simulation worker can run it. */
export interface WidgetModel<Settings, Sim> {
  /** Key in `WIDGET_MODELS` (the worker looks the model up by it). */
  readonly id: string;
  start(settings: Settings): ModelJob<Sim>;
  /**
   * Restores what structured cloning drops on the way back from the worker (class prototypes).
   * Only models whose frames hold class instances need it.
   */
  revive?(sim: Sim): Sim;
}
