import { LiveRegion } from '../kit/LiveRegion.tsx';
import { NarrationPanel } from '../kit/NarrationPanel.tsx';
import { narrateFrame } from './narrate.ts';
import { Lora } from './store.ts';

/** "What just happened" at the frame on screen; the latest change before it when the frame was quiet. */
export function NarrationBox() {
  const frames = Lora.useWidget((s) => s.result.frames);
  const i = Lora.useWidget((s) => Math.min(s.panelFrame, s.result.frames.length - 1));
  const maxLoras = Lora.useWidget((s) => s.settings.maxLoras);
  let entries = narrateFrame(frames[i], frames[i - 1], maxLoras);
  for (let k = i - 1; entries.length === 0 && k >= 0 && k >= i - 50; k--) entries = narrateFrame(frames[k], frames[k - 1], maxLoras);
  return (
    <div className="lr-narration">
      <NarrationPanel entries={entries.slice(0, 3)} emptyText={i <= 0 ? 'Press Play: requests arrive for 20 simulated seconds.' : 'No adapter moved and nobody was skipped lately.'} />
      <LiveRegion text={entries.map((e) => e.text).slice(0, 2).join(' ')} />
    </div>
  );
}
