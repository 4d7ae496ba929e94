import { LiveRegion } from '../kit/LiveRegion.tsx';
import { NarrationPanel } from '../kit/NarrationPanel.tsx';
import { narrate } from './narrate.ts';
import { RequestPath } from './store.ts';

/** "What just happened" at the frame on screen (fixed height: long text scrolls inside). */
export function NarrationBox() {
  const r = RequestPath.useWidget((s) => s.result.traced);
  const frame = RequestPath.useWidget((s) => s.result.frames[Math.min(s.panelFrame, s.result.frames.length - 1)]);
  const pol = RequestPath.useWidget((s) => s.settings.policy);
  const entries = narrate(r, frame, pol);
  return (
    <div className="rp-narration">
      <NarrationPanel fixed entries={entries} emptyText="Press Play to follow the request." />
      <LiveRegion text={entries.map((e) => e.text).join(' ')} />
    </div>
  );
}
