import { LiveRegion } from '../kit/LiveRegion.tsx';
import { NarrationPanel } from '../kit/NarrationPanel.tsx';
import { narrateFrame } from './narrate.ts';
import { labelOf, pagedFrameAt } from './selectors.ts';
import { Kv } from './store.ts';
import { useFrameView } from './useFrameView.ts';

/** "What just happened" for the frame on screen, also spoken through a polite live region. */
export function NarrationBox() {
  const api = Kv.useWidgetApi();
  const { sim, frame } = useFrameView();
  const f = pagedFrameAt(sim, frame);
  const entries = f ? narrateFrame(f.events, { blockSize: sim.blockSize, label: (id) => labelOf(api.getState(), id) }) : [];
  // Spoken only while paused or stepping: a playing timeline would talk over itself.
  const playing = Kv.useWidget((s) => s.playback.playing);
  const spoken = playing
    ? ''
    : entries
        .slice(0, 3)
        .map((e) => e.text)
        .join(' ');
  return (
    <>
      <NarrationPanel fixed entries={entries} emptyText={frame === 0 ? 'Nothing yet: press Play or Step forward.' : 'Nothing changed in the KV cache in this step.'} />
      <LiveRegion text={spoken} />
    </>
  );
}
