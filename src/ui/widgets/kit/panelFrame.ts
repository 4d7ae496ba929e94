/**
 * Text panels (narration, tables, figures) follow the timeline through one shared, throttled
 * value, `panelFrame`: while playing it catches up with `playback.frame` a few times a second,
 * in one store update, so every panel re-renders in the same commit and the page lays out once.
 * When paused it follows at once, so stepping feels immediate. The canvas reads
 * `playback.frame` itself and still draws every frame.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { WithPlayback } from './playback.ts';

/** A widget state with a throttled mirror of the playback frame. */
export interface WithPanelFrame extends WithPlayback {
  readonly panelFrame: number;
}

/**
 * Keeps `panelFrame` in step with `playback.frame`.
 * @returns detach
 */
export function attachPanelFrame<S extends WithPanelFrame>(api: StoreApi<S>, intervalMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const sync = () => {
    timer = undefined;
    last = Date.now();
    const s = api.getState();
    if (s.panelFrame !== s.playback.frame) api.setState({ panelFrame: s.playback.frame } as Partial<S>);
  };
  sync();
  const unsub = api.subscribe((s) => {
    if (s.panelFrame === s.playback.frame || timer !== undefined) return;
    const wait = s.playback.playing ? last + intervalMs - Date.now() : 0;
    if (wait <= 0) sync();
    else timer = setTimeout(sync, wait);
  });
  return () => {
    unsub();
    clearTimeout(timer);
  };
}
