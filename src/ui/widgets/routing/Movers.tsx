import { AnimatePresence, motion } from 'framer-motion';
import type { ClusterTimeline, RequestTrack } from '../../../sim/cluster/index.ts';
import { groupColour } from './colour.ts';
import { lastArrivedBy } from './selectors.ts';
import type { Point } from './useAnchors.ts';

/** Simulated time a request takes to travel from the clients to its pod on screen. */
export const TRIP_US = 1_000_000;
/** Most movers drawn at once; the rest are counted. */
export const MAX_MOVERS = 24;

/** The requests on their way at `timeUs`, newest first, and how many more there are. */
export function moversAt(t: ClusterTimeline, timeUs: number): { shown: RequestTrack[]; hidden: number } {
  const shown: RequestTrack[] = [];
  let hidden = 0;
  for (let i = lastArrivedBy(t.tracks, timeUs); i >= 0; i--) {
    const tr = t.tracks[i] as RequestTrack;
    if (tr.arrivalUs <= timeUs - TRIP_US) break;
    if (shown.length < MAX_MOVERS) shown.push(tr);
    else hidden++;
  }
  return { shown, hidden };
}

const lerp = (a: Point, b: Point, u: number): Point => ({ x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u });

/** Where a request is drawn `u` (0–1) of the way along clients → gateway → pod. */
export function moverPosition(from: Point, via: Point, to: Point, u: number): Point {
  const split = 0.35;
  return u < split ? lerp(from, via, u / split) : lerp(via, to, (u - split) / (1 - split));
}

/**
 * Requests in flight from the clients through the gateway to the pod the router picked, as a
 * few dozen framer-motion dots (decorative: the narration and the score table say the same in
 * words). Each frame moves them to their next position with a linear tween lasting one frame;
 * under reduced motion they jump.
 */
export function Movers({ timeline, timeUs, anchors, frameSeconds, selected }: {
  readonly timeline: ClusterTimeline;
  readonly timeUs: number;
  readonly anchors: ReadonlyMap<string, Point>;
  readonly frameSeconds: number;
  readonly selected: number;
}) {
  const from = anchors.get('clients');
  const via = anchors.get('gateway');
  if (!from || !via) return null;
  const { shown, hidden } = moversAt(timeline, timeUs);
  return (
    <div className="rt-movers" aria-hidden="true">
      <AnimatePresence initial={false}>
        {shown.map((tr) => {
          const target = tr.prefillPod >= 0 ? tr.prefillPod : tr.pod;
          const to = anchors.get(`pod-${target}`);
          if (!to) return null;
          const p = moverPosition(from, via, to, Math.min(1, (timeUs - tr.arrivalUs) / TRIP_US));
          return (
            <motion.span
              key={tr.id}
              className={tr.index === selected ? 'rt-mover rt-mover-selected' : 'rt-mover'}
              style={{ backgroundColor: groupColour(tr.group) }}
              initial={{ x: from.x, y: from.y, opacity: 0 }}
              animate={{ x: p.x, y: p.y, opacity: 1 }}
              exit={{ opacity: 0, transition: { duration: 0.2 } }}
              transition={{ duration: frameSeconds, ease: 'linear' }}
            />
          );
        })}
      </AnimatePresence>
      {hidden > 0 ? <span className="rt-movers-more">+{hidden} more in flight</span> : null}
    </div>
  );
}
