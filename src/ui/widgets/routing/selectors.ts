/**
 * Derived views of the store: the frame of a side, the request to explain, times as text.
 */
import type { ClusterTimeline, Frame, RequestTrack } from '../../../sim/cluster/index.ts';
import type { Side } from '../../../widget-models/routing/settings.ts';
import type { RoutingState } from './store.ts';

export const runOf = (s: RoutingState, side: Side): ClusterTimeline | null => (side === 'a' ? s.result.a : s.result.b);

/** The frame of a timeline at index `i` (its last one if it ended earlier). */
export function frameOf(t: ClusterTimeline | null, i: number): Frame | undefined {
  if (!t || t.frames.length === 0) return undefined;
  return t.frames[Math.min(i, t.frames.length - 1)];
}

/** Index of the last request that arrived at or before `timeUs`, or −1. */
export function lastArrivedBy(tracks: readonly RequestTrack[], timeUs: number): number {
  let lo = 0;
  let hi = tracks.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((tracks[mid] as RequestTrack).arrivalUs <= timeUs) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** The request the decision panel explains: the selected one, else the latest routed. */
export function explainedIndex(s: RoutingState, frame: number): number {
  const t = runOf(s, s.settings.side);
  if (!t) return -1;
  if (s.settings.selected >= 0 && s.settings.selected < t.tracks.length) return s.settings.selected;
  return lastArrivedBy(t.tracks, frame * t.frameUs);
}

/** "12.25 s". */
export function formatSeconds(us: number, digits = 2): string {
  return `${(us / 1e6).toFixed(digits)} s`;
}

/** "0.21 s" / "870 ms". */
export function formatLatency(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  return seconds < 1 ? `${Math.round(seconds * 1000)} ms` : `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

/** Group label: "T5", "D3", or "" for none. */
export function groupLabel(t: ClusterTimeline, group: number): string {
  return t.workload.groups[group]?.label ?? '';
}
