/** Read-only views of the store used by several components (pure, unit-testable). */
import { SEQ_PREEMPTED, SEQ_RUNNING, type PagedFrame, type Simulation } from '../../../widget-models/kv-paging/types.ts';
import type { KvState } from './store.ts';

/** The paged frame on screen, if computed. */
export function currentFrame(s: KvState): PagedFrame | undefined {
  return s.result.paged?.frames[s.playback.frame];
}

/** Paged frame `frame` of a simulation. */
export function pagedFrameAt(sim: Simulation, frame: number): PagedFrame | undefined {
  return sim.paged?.frames[frame];
}

/** One live sequence at the current frame. */
export interface LiveSeq {
  readonly index: number;
  readonly id: string;
  readonly label: string;
  readonly computed: number;
  readonly tokens: number;
  readonly status: 'running' | 'waiting' | 'preempted';
}

/** Running and waiting sequences at a frame, running first. */
export function liveSeqs(sim: Simulation, frame: number): LiveSeq[] {
  const f = pagedFrameAt(sim, frame);
  if (!f) return [];
  const out: LiveSeq[] = [];
  const st = f.seqState;
  for (let k = 0; k + 3 < st.length; k += 4) {
    const info = sim.workload.seqs[st[k] as number];
    if (!info) continue;
    const code = st[k + 3] as number;
    out.push({
      index: info.index,
      id: info.id,
      label: info.label,
      computed: st[k + 1] as number,
      tokens: st[k + 2] as number,
      status: code === SEQ_RUNNING ? 'running' : code === SEQ_PREEMPTED ? 'preempted' : 'waiting',
    });
  }
  return out;
}

/** Ids of the live sequences (selection cycling). */
export function liveSeqIds(s: KvState): string[] {
  return liveSeqs(s.result, s.playback.frame).map((q) => q.id);
}

/** Label for an engine request id. */
export function labelOf(s: KvState, id: string): string {
  return s.result.workload.byId.get(id)?.label ?? id.toUpperCase();
}

/** "12.3 ms" / "1.24 s" for a simulated time in µs. */
export function formatTime(us: number): string {
  return us < 1e6 ? `${(us / 1000).toFixed(1)} ms` : `${(us / 1e6).toFixed(2)} s`;
}

/**
 * The contiguous frame to show beside a paged frame at simulated time `timeUs`: the last one
 * recorded by then, or, when a contiguous step is in flight at that moment, that step's result
 * (the two runs' steps take different times, and "nothing reserved yet" would mislead).
 */
export function contiguousFrameAt(sim: Simulation, timeUs: number): number {
  const frames = sim.contiguous?.frames ?? [];
  let lo = 0;
  let hi = frames.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((frames[mid]?.timeUs ?? 0) <= timeUs) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const inFlight = found + 1 < frames.length && (frames[found]?.timeUs ?? 0) < timeUs;
  return inFlight ? found + 1 : found;
}
