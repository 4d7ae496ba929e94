/**
 * The store of a widget built with `defineWidget`: the kit's simulation state, the settings the
 * model runs on, the preset the instance started from, and the model's latest result. View state
 * that links carry (a selection, a chart/table toggle) sits among the settings behind a `keyOf`
 * that leaves it out; state that is neither (a form being filled in) is the definition's `extra`.
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

/**
 * "Reset" (R), the one reset path of every widget: back to the preset's settings (view state kept
 * among them included), frame and speed; `extra` state stays. The timeline restarts paused at the
 * preset's frame; if the settings do not change the run, the kit settles it from the result on
 * screen (attachModel).
 */
export function resetAction<S, R, X extends object = object>(): WidgetAction<KitState<S, R> & X> {
  return {
    id: 'reset',
    label: 'Reset',
    help: 'Back to the settings this widget started with',
    shortcut: ['r'],
    perform: (api) => {
      const { frame, speed, ...settings } = api.getState().defaults;
      api.setState({ settings: settings as S, targetFrame: frame > 0 ? frame : null, playback: initialPlayback(1, 0, speed), panelFrame: 0 } as Partial<KitState<S, R> & X>);
    },
  };
}
