import { lazy } from 'react';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type SpecPresetId } from '../../../widget-models/spec-decoding/presets.ts';
import './spec-decoding.css';

// The body (its drawing, store and simulation) loads when the reader comes near the widget.
const SpecBody = lazy(() => import('./SpecDecodingBody.tsx'));

export interface SpecDecodingWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: SpecPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * Speculative decoding in vLLM's engine: a drafter proposes k tokens per request, the target
 * verifies them in one pass, keeps the accepted prefix and adds one token of its own. The
 * picture plays the steps of a few requests; the charts compare the same requests with and
 * without the drafter across k, acceptance and batch size; the table shows vLLM's counters.
 */
export function SpecDecodingWidget({ id = 'sd', preset, title, headingLevel = 3 }: SpecDecodingWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="spec-decoding" ns={id} title={title ?? 'Speculative decoding'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="spec-decoding" ns={id} title={title ?? `Speculative decoding: ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}`} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <SpecBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}
