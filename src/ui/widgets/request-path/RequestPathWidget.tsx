import { lazy } from 'react';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type RequestPathPresetId } from '../../../widget-models/request-path/presets.ts';
import './request-path.css';

// The body (its drawing, store and simulation) loads when the reader comes near the widget.
const RequestPathBody = lazy(() => import('./RequestPathBody.tsx'));

export interface RequestPathWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: RequestPathPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * One request's path through the serving stack (client, gateway, Endpoint Picker, a vLLM pod,
 * back to the client) with its latency budget filling segment by segment, all from a cluster
 * run under both routers on the same requests.
 */
export function RequestPathWidget({ id = 'rp', preset, title, headingLevel = 3 }: RequestPathWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="request-path" ns={id} title={title ?? 'One request through the stack'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="request-path" ns={id} title={title ?? p.title} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <RequestPathBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}
