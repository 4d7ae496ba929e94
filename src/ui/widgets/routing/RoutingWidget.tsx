import { lazy } from 'react';
import { presetHeading } from '../kit/presetHeading.ts';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type RoutingPresetId } from '../../../widget-models/routing/presets.ts';
import './routing.css';

// The body (its drawing, store and simulation) loads when the reader comes near the widget.
const RoutingBody = lazy(() => import('./RoutingBody.tsx'));

export interface RoutingWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: RoutingPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * Request routing in an llm-d cluster, live: pods with their queues, KV usage and cached
 * prefixes; requests moving through the gateway; the Endpoint Picker's score table; weight
 * sliders; and two routers compared on the same seed. Every setting is in the URL.
 */
export function RoutingWidget({ id = 'rt', preset, title, headingLevel = 3 }: RoutingWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="routing" ns={id} title={title ?? 'Request routing'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="routing" ns={id} title={title ?? presetHeading('Request routing', p.title)} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <RoutingBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}
