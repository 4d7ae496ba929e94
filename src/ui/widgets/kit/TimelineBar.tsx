import { useId } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { ActionButton } from './ActionButton.tsx';
import type { ActionRegistry } from './actions.ts';
import { seek, updatePlayback, type WithPlayback } from './playback.ts';
import { PlaybackIcon } from './PlaybackIcon.tsx';


/**
 * Play / pause / step / seek / speed for any widget with a playback slice. The buttons are the
 * registry's actions; the slider seeks. `describe` turns a frame index into words for the
 * slider's `aria-valuetext` ("step 12 of 300 · 1.24 s").
 */
export function TimelineBar<S extends WithPlayback>({
  api,
  registry,
  describe,
  shownFrame,
}: {
  readonly api: StoreApi<S>;
  readonly registry: ActionRegistry<S>;
  readonly describe: (frame: number, frameCount: number) => string;
  /** The frame the slider shows (default: the playback frame itself). */
  readonly shownFrame?: (s: S) => number;
}) {
  // While playing, the slider and its text may follow a throttled frame (see panelFrame.ts):
  // a DOM update per frame would cost a style and layout pass every frame for no visible gain.
  const frame = useStore(api, shownFrame ?? ((s) => s.playback.frame));
  const count = useStore(api, (s) => s.playback.frameCount);
  const speed = useStore(api, (s) => s.playback.speed);
  const sliderId = useId();
  const get = (id: string) => registry.get(id);
  const play = get('play');
  return (
    <div className="widget-timeline" role="group" aria-label="Timeline">
      <div className="widget-timeline-buttons">
        {(['seek-start', 'step-back'] as const).map((id) => {
          const a = get(id);
          return a ? <ActionButton key={id} action={a} api={api} icon={<PlaybackIcon kind={id} />} hideLabel className="btn btn-icon" /> : null;
        })}
        {play ? <ActionButton action={play} api={api} className="btn btn-primary widget-play" /> : null}
        {(['step-forward', 'seek-end'] as const).map((id) => {
          const a = get(id);
          return a ? <ActionButton key={id} action={a} api={api} icon={<PlaybackIcon kind={id} />} hideLabel className="btn btn-icon" /> : null;
        })}
      </div>
      <div className="widget-timeline-seek">
        <label htmlFor={sliderId} className="visually-hidden">
          Timeline position
        </label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={Math.max(0, count - 1)}
          step={1}
          value={frame}
          aria-valuetext={describe(frame, count)}
          onChange={(e) => updatePlayback(api, (p) => seek(p, Number(e.currentTarget.value)))}
        />
        <output htmlFor={sliderId} className="widget-timeline-readout">
          {describe(frame, count)}
        </output>
      </div>
      <div className="widget-timeline-speed">
        {(['slower', 'faster'] as const).map((id) => {
          const a = get(id);
          return a ? <ActionButton key={id} action={a} api={api} icon={<PlaybackIcon kind={id} />} hideLabel className="btn btn-icon" /> : null;
        })}
        <span className="widget-speed" aria-live="off">
          Speed {speed}×
        </span>
      </div>
    </div>
  );
}
