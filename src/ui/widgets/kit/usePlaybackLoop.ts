import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { FrameLoop } from './frameLoop.ts';
import { advance, type WithPlayback } from './playback.ts';

/**
 * Drives a widget's playback from its frame loop: a task is registered only while `playing`
 * is true and removed when it stops, so a paused widget schedules no frames at all.
 * @param baseFps snapshots per second at speed 1
 */
export function usePlaybackLoop<S extends WithPlayback>(api: StoreApi<S>, loop: FrameLoop, baseFps: number): void {
  useEffect(() => {
    let remove: (() => void) | null = null;
    let carry = 0;
    const task = (_now: number, dt: number) => {
      const p = api.getState().playback;
      if (!p.playing) return false;
      const r = advance(p, dt, baseFps, carry);
      carry = r.carry;
      if (r.playback !== p) api.setState({ playback: r.playback } as Partial<S>);
      return r.playback.playing;
    };
    const sync = (s: S) => {
      if (s.playback.playing && !remove) {
        carry = 0;
        remove = loop.add(task);
      } else if (!s.playback.playing && remove) {
        remove();
        remove = null;
      }
    };
    sync(api.getState());
    const unsub = api.subscribe(sync);
    return () => {
      unsub();
      remove?.();
    };
  }, [api, loop, baseFps]);
}
