import { useRef } from 'react';
import { explainedIndex, frameOf, runOf } from './selectors.ts';
import { Routing } from './store.ts';
import { Movers } from './Movers.tsx';
import { PodCard } from './PodCard.tsx';
import { useAnchors } from './useAnchors.ts';
import { policyName } from './narrate.ts';

/**
 * The cluster on screen: clients, the gateway with its Endpoint Picker, and the pods, with
 * requests moving between them. Follows the playback frame itself (not the throttled panel
 * frame), like a canvas would.
 */
export function ClusterView({ baseFps }: { readonly baseFps: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const timeline = Routing.useWidget((s) => runOf(s, s.settings.side));
  const frame = Routing.useWidget((s) => s.playback.frame);
  const speed = Routing.useWidget((s) => s.playback.speed);
  const explained = Routing.useWidget((s) => explainedIndex(s, s.playback.frame));
  const podCount = timeline?.podNames.length ?? 0;
  const anchors = useAnchors(ref, `${podCount}-${timeline ? 1 : 0}`);
  if (!timeline) return <p className="muted">Computing…</p>;
  const f = frameOf(timeline, frame);
  const timeUs = frame * timeline.frameUs;
  const track = explained >= 0 ? timeline.tracks[explained] : undefined;
  return (
    <div className="rt-cluster" ref={ref}>
      <div className="rt-lane">
        <div className="rt-node rt-clients" data-anchor="clients">
          <strong>Clients</strong>
          <span>{(f?.arrived ?? 0).toLocaleString('en-US')} requests sent</span>
        </div>
        <span className="rt-arrow" aria-hidden="true">
          →
        </span>
        <div className="rt-node rt-gateway" data-anchor="gateway">
          <strong>Gateway → Endpoint Picker</strong>
          <span>{policyName(timeline)}</span>
        </div>
      </div>
      <ul className="rt-pods" aria-label="Pods">
        {timeline.podNames.map((_, i) => (
          <PodCard key={i} timeline={timeline} pod={i} data={f?.pods[i]} picked={track?.pod === i} prefillPicked={track !== undefined && track.prefillPod === i} />
        ))}
      </ul>
      <Movers timeline={timeline} timeUs={timeUs} anchors={anchors} frameSeconds={1 / (baseFps * speed)} selected={explained} />
    </div>
  );
}
