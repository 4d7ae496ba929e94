/**
 * The store plumbing of a widget whose URL holds its settings plus the moment on screen (`frame`,
 * `f` in the URL) and the playback speed (`speed`, `sp`): reading that URL state out of a store, patching
 * settings, and applying a URL that arrived later (back/forward, a pasted link).
 */
import type { StoreApi } from 'zustand/vanilla';
import { changeSpeed, pause, seek, SPEEDS } from './playback.ts';
import type { SimulationState } from './simulationState.ts';
import { intField, keyed, numberChoiceField, type UrlField } from './urlCodec.ts';

/** A widget store with settings that play over frames. */
export interface PlayedState<S> extends SimulationState {
  readonly settings: S;
}

/** Settings plus the frame on screen and the speed, as the URL carries them. */
export type PlayedUrlState<S> = S & { readonly frame: number; readonly speed: number };

/** The URL-facing state of a store (the frame is the one on screen, or the one being sought). */
export function playedUrlStateOf<S>(s: PlayedState<S>): PlayedUrlState<S> {
  return { ...s.settings, frame: s.targetFrame ?? s.playback.frame, speed: s.playback.speed };
}

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export function updatePlayedSettings<S, T extends PlayedState<S>>(api: StoreApi<T>, patch: Partial<S>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch } }) as Partial<T>);
}

/** Applies a URL state to a live store: new settings rerun and seek to `frame`; same settings only seek. */
export function applyPlayedUrlState<S, T extends PlayedState<S>>(api: StoreApi<T>, v: PlayedUrlState<S>): void {
  const { frame, speed, ...settings } = v;
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  let playback = pause(seek(s.playback, frame));
  while (playback.speed !== speed && changeSpeed(playback, speed > playback.speed ? 1 : -1).speed !== playback.speed) {
    playback = changeSpeed(playback, speed > playback.speed ? 1 : -1);
  }
  api.setState({ ...(same ? {} : { settings, targetFrame: frame }), playback } as Partial<T>);
}

/** The URL field of the frame on screen (`f` in the URL). */
export const frameField = (max = 100_000): UrlField<number> => keyed('f', intField(0, max));
/** The URL field of the playback speed (`sp` in the URL). */
export const SPEED_FIELD: UrlField<number> = keyed('sp', numberChoiceField(SPEEDS));
