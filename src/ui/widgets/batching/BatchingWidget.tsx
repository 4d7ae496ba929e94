import { lazy } from 'react';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type BatchPresetId } from '../../../widget-models/batching/presets.ts';
import './batching.css';

// The body (its drawing, store and simulation) loads when the reader comes near the widget.
const BatchingBody = lazy(() => import('./BatchingBody.tsx'));

export interface BatchingWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: BatchPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * Static vs continuous batching, live: both schedulers on the same requests, as timelines of
 * engine steps with their token budgets, a "why" panel per step, and the latency and throughput
 * figures side by side. Every setting is in the URL.
 */
export function BatchingWidget({ id = 'cb', preset, title, headingLevel = 3 }: BatchingWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="batching" ns={id} title={title ?? 'Batching'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="batching" ns={id} title={title ?? `Batching: ${p.title}`} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <BatchingBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}
