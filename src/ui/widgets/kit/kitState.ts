/**
 * The store of a widget built with `defineWidget`: the kit's simulation state, the settings the
 * model runs on, the preset the instance started from, and the model's latest result. View state
 * that links should carry can sit among the settings behind a `keyOf` that leaves it out (the
 * load-test widget's metric); other view state (a selection, a tab) stays in the drawing, or the
 * widget builds its store by hand with `useWidgetHost`.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { WidgetAction } from './actions.ts';
import { initialPlayback } from './playback.ts';
import { updatePlayedSettings, type PlayedState, type PlayedUrlState } from './playedSettings.ts';

export interface KitState<S, R> extends PlayedState<S> {
  /** Where "Reset" returns: the preset, with its frame and speed. */
  readonly defaults: PlayedUrlState<S>;
  /** The model's result so far (grows while it computes). */
  readonly result: R;
}

/** Replaces some settings; the kit reruns the model and keeps the moment on screen. */
export function updateKitSettings<S, R>(api: StoreApi<KitState<S, R>>, patch: Partial<S>): void {
  updatePlayedSettings(api, patch);
}

/** What Reset restores: the preset's settings, frame and speed, and any view state kept beside them. */
export interface ResetTarget<T extends PlayedState<unknown>> {
  readonly settings: T['settings'];
  readonly frame: number;
  readonly speed: number;
  /** A selection, a side, a chart/table toggle: written to the store as they are. */
  readonly view?: Partial<T>;
}

/**
 * "Reset" (R), the one reset path of every widget: back to what `target` reads from the store's
 * preset. The timeline restarts paused at the preset's frame; if the settings do not change the
 * run, the kit settles it from the result on screen (attachModel).
 */
export function resetActionTo<T extends PlayedState<unknown>>(target: (state: T) => ResetTarget<T>): WidgetAction<T> {
  return {
    id: 'reset',
    label: 'Reset',
    help: 'Back to the settings this widget started with',
    shortcut: ['r'],
    perform: (api) => {
      const { settings, frame, speed, view } = target(api.getState());
      api.setState({ ...view, settings, targetFrame: frame > 0 ? frame : null, playback: initialPlayback(1, 0, speed), panelFrame: 0 } as Partial<T>);
    },
  };
}

/** "Reset" for a store built by the kit: its `defaults` are the preset's settings plus frame and speed; `extra` state stays. */
export function resetAction<S, R, X extends object = object>(): WidgetAction<KitState<S, R> & X> {
  type T = KitState<S, R> & X;
  return resetActionTo<T>((s) => {
    const { frame, speed, ...settings } = s.defaults;
    return { settings: settings as T['settings'], frame, speed };
  });
}
