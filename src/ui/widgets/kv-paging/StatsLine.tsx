import { FLAG_CACHED } from '../../../widget-models/kv-paging/blockFrames.ts';
import { formatTime, pagedFrameAt } from './selectors.ts';
import { useFrameView } from './useFrameView.ts';

/** Counts of free and cached-but-free blocks at a frame (null block excluded). */
export function poolCounts(sim: ReturnType<typeof useFrameView>['sim'], frame: number): { used: number; cachedFree: number; free: number } {
  const run = sim.paged;
  if (!run || run.frames.length === 0) return { used: 0, cachedFree: 0, free: 0 };
  const { ref, flags } = run.blocks.get(frame);
  let used = 0;
  let cachedFree = 0;
  let free = 0;
  for (let b = 1; b < ref.length; b++) {
    if ((ref[b] as number) > 0) used++;
    else if ((flags[b] as number) & FLAG_CACHED) cachedFree++;
    else free++;
  }
  return { used, cachedFree, free };
}

/** One line of the engine's state at the frame on screen, as vLLM's metrics would report it. */
export function StatsLine({ id }: { readonly id: string }) {
  // Re-renders when the panel frame or the simulation's frame count changes (see useFrameView).
  const { sim, frame } = useFrameView();
  const f = pagedFrameAt(sim, frame);
  const pool = poolCounts(sim, frame);
  if (!f) return <p id={id} className="kv-stats muted">Computing…</p>;
  return (
    <p id={id} className="kv-stats">
      <span>Step {Math.max(0, f.step + 1)}</span>
      <span>{formatTime(f.timeUs)}</span>
      <span>{f.running} running</span>
      <span>{f.waiting} waiting</span>
      <span title="vllm:kv_cache_usage_perc">KV usage {(f.usage * 100).toFixed(0)} %</span>
      <span>
        {pool.used} used · {pool.cachedFree} cached-free · {pool.free} free blocks
      </span>
    </p>
  );
}
