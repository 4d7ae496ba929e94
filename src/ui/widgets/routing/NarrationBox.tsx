import { LiveRegion } from '../kit/LiveRegion.tsx';
import { NarrationPanel } from '../kit/NarrationPanel.tsx';
import type { NarrationEntry } from '../kit/narration.ts';
import { narrateWindow } from './narrate.ts';
import { Routing } from './store.ts';
import { useRoutingView } from './useRoutingView.ts';

/** Panels refresh about this often while playing (kit/panelFrame.ts). */
const PANEL_MS = 200;

/** "What just happened" in the last panel update's worth of frames, on the side on screen. */
export function NarrationBox({ baseFps }: { readonly baseFps: number }) {
  const { runs, frame, side } = useRoutingView();
  const playing = Routing.useWidget((s) => s.playback.playing);
  const speed = Routing.useWidget((s) => s.playback.speed);
  const t = side === 'a' ? runs.a : runs.b;
  // While playing, several frames pass between panel updates: narrate all of them.
  const span = playing ? Math.max(1, Math.ceil((baseFps * speed * PANEL_MS) / 1000)) : 1;
  const entries: NarrationEntry[] = t ? narrateWindow(t, (frame - span) * t.frameUs, frame * t.frameUs) : [];
  const spoken = entries
    .slice(0, 2)
    .map((e) => e.text)
    .join(' ');
  return (
    <>
      <NarrationPanel fixed entries={entries} emptyText={frame === 0 ? 'Nothing yet: press Play or Step forward.' : 'No request arrived or started streaming in this step.'} />
      <LiveRegion text={spoken} />
    </>
  );
}
