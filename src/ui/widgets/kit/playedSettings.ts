/**
 * The store plumbing of a widget whose URL holds its settings plus the moment on screen (`f`,
 * the frame) and the playback speed (`sp`): reading that URL state out of a store, patching
 * settings, and applying a URL that arrived later (back/forward, a pasted link).
 */
import type { StoreApi } from 'zustand/vanilla';
import { changeSpeed, pause, seek } from './playback.ts';
import type { SimulationState } from './simulationState.ts';

/** A widget store with settings that play over frames. */
export interface PlayedState<S> extends SimulationState {
  readonly settings: S;
}

/** Settings plus the frame on screen and the speed, as the URL carries them. */
export type PlayedUrlState<S> = S & { readonly f: number; readonly sp: number };

/** The URL-facing state of a store (the frame is the one on screen, or the one being sought). */
export function playedUrlStateOf<S>(s: PlayedState<S>): PlayedUrlState<S> {
  return { ...s.settings, f: s.targetFrame ?? s.playback.frame, sp: s.playback.speed };
}

/** Replaces some settings (the kit restarts the simulation and keeps the moment on screen). */
export function updatePlayedSettings<S, T extends PlayedState<S>>(api: StoreApi<T>, patch: Partial<S>): void {
  api.setState((s) => ({ settings: { ...s.settings, ...patch } }) as Partial<T>);
}

/** Applies a URL state to a live store: new settings rerun and seek to `f`; same settings only seek. */
export function applyPlayedUrlState<S, T extends PlayedState<S>>(api: StoreApi<T>, v: PlayedUrlState<S>): void {
  const { f, sp, ...settings } = v;
  const s = api.getState();
  const same = JSON.stringify(settings) === JSON.stringify(s.settings);
  let playback = pause(seek(s.playback, f));
  while (playback.speed !== sp && changeSpeed(playback, sp > playback.speed ? 1 : -1).speed !== playback.speed) {
    playback = changeSpeed(playback, sp > playback.speed ? 1 : -1);
  }
  api.setState({ ...(same ? {} : { settings, targetFrame: f }), playback } as Partial<T>);
}
