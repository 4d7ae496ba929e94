import { useMemo } from 'react';
import { runEvents } from '../../../widget-models/autoscaling/timeline.ts';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { NarrationPanel } from '../kit/NarrationPanel.tsx';
import { narrateWindow } from './narrate.ts';
import { runOf } from './selectors.ts';
import { Autoscaling } from './store.ts';

/** Simulated seconds looked back over when paused (one step of playback). */
const STEP_S = 2;

/** "What just happened" on the run in focus since the last panel update (a fixed-height box). */
export function NarrationBox({ baseFps }: { readonly baseFps: number }) {
  const run = Autoscaling.useWidget((s) => runOf(s, s.settings.focus));
  const frame = Autoscaling.useWidget((s) => s.panelFrame);
  const playing = Autoscaling.useWidget((s) => s.playback.playing);
  const speed = Autoscaling.useWidget((s) => s.playback.speed);
  const events = useMemo(() => (run ? runEvents(run) : []), [run]);
  const dt = run?.config.sampleIntervalS ?? STEP_S;
  const toS = frame * dt;
  // While playing, several frames pass between panel updates (about 0.3 s): narrate them all.
  const span = playing ? Math.max(dt, Math.ceil(baseFps * speed * 0.3) * dt) : dt;
  const entries = narrateWindow(events, toS - span, toS);
  // A quiet step still shows the latest change before it, so stepping never empties the box.
  const shown = entries.length > 0 ? entries : narrateWindow(events, Number.NEGATIVE_INFINITY, toS, 1);
  return (
    <div className="as-narration">
      <NarrationPanel entries={shown} emptyText={frame === 0 ? 'Press Play: the run is 10 simulated minutes.' : `Up to ${toS} s nothing has changed yet.`} />
      <LiveRegion text={entries.map((e) => e.text).slice(0, 2).join(' ')} />
    </div>
  );
}
