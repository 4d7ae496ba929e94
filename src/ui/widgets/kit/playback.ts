/**
 * Timeline playback over precomputed (or stepped) snapshots: play, pause, step, seek, speed.
 * Pure functions on a small `Playback` slice that a widget keeps in its store; the frame loop
 * (`usePlaybackLoop`) only moves `frame` while `playing` is true.
 */
import type { StoreApi } from 'zustand/vanilla';

/** The playback slice of a widget's state. */
export interface Playback {
  /** Index of the snapshot on screen, 0 … frameCount − 1. */
  readonly frame: number;
  readonly frameCount: number;
  readonly playing: boolean;
  /** Multiplier of the widget's base frames-per-second. */
  readonly speed: number;
}

/** Speeds offered by the faster / slower actions. */
export const SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];

const clampFrame = (p: Playback, f: number) => Math.max(0, Math.min(p.frameCount - 1, Math.round(f)));

/** A fresh playback slice. */
export function initialPlayback(frameCount: number, frame = 0, speed = 1): Playback {
  const p = { frame: 0, frameCount: Math.max(1, frameCount), playing: false, speed };
  return { ...p, frame: clampFrame(p, frame) };
}

/** Starts playing; from the last frame it starts over, so "play" always shows something. */
export function play(p: Playback): Playback {
  if (p.frameCount <= 1) return p;
  return { ...p, playing: true, frame: p.frame >= p.frameCount - 1 ? 0 : p.frame };
}

export function pause(p: Playback): Playback {
  return p.playing ? { ...p, playing: false } : p;
}

export function togglePlay(p: Playback): Playback {
  return p.playing ? pause(p) : play(p);
}

/** Moves by `delta` frames and pauses (stepping while playing would fight the loop). */
export function step(p: Playback, delta: number): Playback {
  return { ...p, playing: false, frame: clampFrame(p, p.frame + delta) };
}

/** Jumps to a frame; keeps playing if it was. */
export function seek(p: Playback, frame: number): Playback {
  return { ...p, frame: clampFrame(p, frame) };
}

/** Next speed up (dir 1) or down (dir −1) in `SPEEDS`. */
export function changeSpeed(p: Playback, dir: 1 | -1): Playback {
  const i = SPEEDS.findIndex((s) => s >= p.speed);
  const at = i < 0 ? SPEEDS.length - 1 : i;
  const next = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, at + dir))] as number;
  return { ...p, speed: next };
}

/** A new timeline length (e.g. after a setting changed and the sim re-ran); keeps the frame in range. */
export function resize(p: Playback, frameCount: number): Playback {
  const n = Math.max(1, frameCount);
  const next = { ...p, frameCount: n };
  return { ...next, frame: clampFrame(next, p.frame), playing: p.playing && n > 1 };
}

/**
 * Advances a playing timeline by wall time.
 * @param carry fractional frames left over from the previous call
 * @returns the new slice and the new carry; `playing` turns false at the last frame
 */
export function advance(p: Playback, dtMs: number, baseFps: number, carry: number): { playback: Playback; carry: number } {
  if (!p.playing) return { playback: p, carry: 0 };
  const total = carry + (dtMs / 1000) * baseFps * p.speed;
  const whole = Math.floor(total);
  if (whole === 0) return { playback: p, carry: total };
  const frame = Math.min(p.frameCount - 1, p.frame + whole);
  const atEnd = frame >= p.frameCount - 1;
  return { playback: { ...p, frame, playing: !atEnd }, carry: atEnd ? 0 : total - whole };
}

/** A widget state that carries a playback slice. */
export interface WithPlayback {
  readonly playback: Playback;
}

/** Applies a playback operation to a widget store. */
export function updatePlayback<S extends WithPlayback>(api: StoreApi<S>, op: (p: Playback) => Playback): void {
  const cur = api.getState().playback;
  const next = op(cur);
  if (next !== cur) api.setState({ playback: next } as Partial<S>);
}
