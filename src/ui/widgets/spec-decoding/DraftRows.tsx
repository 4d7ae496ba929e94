import { motion } from 'framer-motion';
import { useReducedMotion } from '../kit/reducedMotion.ts';
import type { StepFrame } from '../../../widget-models/spec-decoding/simulate.ts';
import { captionOf, type SlotKind, slotsOf } from './explain.ts';
import { Spec, type SpecState } from './store.ts';

const GLYPH: Record<SlotKind, string> = { accepted: '✓', rejected: '✗', skipped: '–', empty: '', bonus: '+1', recovered: '+1', plain: '+1', none: '' };
const SLOT_NAME: Record<SlotKind, string> = {
  accepted: 'accepted',
  rejected: 'first rejection',
  skipped: 'discarded',
  empty: '',
  bonus: 'bonus token',
  recovered: 'target’s token',
  plain: 'target’s token',
  none: '',
};

/** The frame on screen (each step is one frame). */
export function frameOf(s: SpecState): StepFrame | null {
  return frameAt(s.result.frames, s.playback.frame);
}

/** Frame `n`, clamped to the frames computed so far. */
export function frameAt(frames: readonly StepFrame[], n: number): StepFrame | null {
  if (frames.length === 0) return null;
  return frames[Math.min(frames.length - 1, Math.max(0, n))] ?? null;
}

/**
 * Each tracked request in the step on screen: the k drafts the drafter proposed after the
 * previous step, checked left to right by the target's one verification pass (the accepted
 * prefix, the first rejection, the drafts after it discarded), then the one token the target
 * adds itself. New steps animate in; under reduced motion they appear at once.
 */
export function DraftRows() {
  const frame = Spec.useWidget(frameOf);
  const k = Spec.useWidget((s) => s.result.settings?.k ?? s.settings.k);
  const tracked = Spec.useWidget((s) => s.result.tracked);
  const speed = Spec.useWidget((s) => s.playback.speed);
  const playing = Spec.useWidget((s) => s.playback.playing);
  const reduced = useReducedMotion();
  const animate = playing && !reduced;
  // The whole sweep fits in most of one frame at this speed (3 frames a second at 1×).
  const stagger = Math.min(0.09, 0.25 / ((k + 1) * speed));
  const rows = frame?.rows ?? tracked.map((req) => ({ req, phase: 'waiting' as const, numDraft: 0, numAccepted: 0, emitted: 0, outputs: 0, scheduled: 0 }));
  return (
    <div className="sd-rows" data-k={k}>
      <div className="sd-row sd-row-head" aria-hidden="true">
        <span className="sd-req">request</span>
        <span className="sd-slots">
          {Array.from({ length: k }, (_, i) => (
            <span key={i} className="sd-slot-head">
              d{i + 1}
            </span>
          ))}
          <span className="sd-slot-head sd-slot-head-target">target</span>
        </span>
      </div>
      {rows.map((row) => {
        const slots = slotsOf(row, k);
        const caption = captionOf(row);
        const label = `${row.req}, ${row.outputs} tokens so far: ${caption}`;
        return (
          <div key={row.req} className="sd-row" data-req={row.req} data-phase={row.phase} data-drafts={row.numDraft} data-accepted={row.numAccepted} data-emitted={row.emitted}>
            <span className="sd-req">
              <strong>{row.req}</strong> <span className="sd-count">{row.outputs}</span>
            </span>
            <span className="sd-slots" role="img" aria-label={label}>
              {slots.map((kind, i) => (
                <motion.span
                  key={`${frame?.index ?? -1}-${i}`}
                  className={`sd-slot sd-${kind}${i === k ? ' sd-slot-target' : ''}`}
                  data-kind={kind}
                  title={SLOT_NAME[kind] || undefined}
                  initial={animate && kind !== 'empty' && kind !== 'none' ? { opacity: 0, scale: 0.6 } : false}
                  animate={{ opacity: 1, scale: 1 }}
                  transition={{ duration: stagger * 1.5, delay: i * stagger }}
                >
                  {GLYPH[kind]}
                </motion.span>
              ))}
            </span>
            <span className="sd-caption">{caption}</span>
          </div>
        );
      })}
    </div>
  );
}

/** The key under the rows: every mark has a glyph and a name, never colour alone. */
export function SlotLegend() {
  const item = (kind: SlotKind, text: string) => (
    <span className="sd-legend-item">
      <span className={`sd-slot sd-slot-small sd-${kind}`} aria-hidden="true">
        {GLYPH[kind]}
      </span>
      {text}
    </span>
  );
  return (
    <p className="sd-legend">
      {item('accepted', 'accepted draft')}
      {item('rejected', 'first rejection (the target samples its own token there)')}
      {item('skipped', 'discarded after it')}
      {item('bonus', 'bonus token (all drafts accepted)')}
      {item('recovered', 'target’s token after a rejection')}
    </p>
  );
}
