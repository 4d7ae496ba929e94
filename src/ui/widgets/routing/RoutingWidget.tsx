import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { ROUTING_PRESETS } from '../../../widget-models/routing/presets.ts';
import type { RoutingWidgetSettings } from '../../../widget-models/routing/settings.ts';
import './routing.css';

/**
 * Request routing in an llm-d cluster, live: pods with their queues, KV usage and cached
 * prefixes; requests moving through the gateway; the Endpoint Picker's score table; weight
 * sliders; and two routers compared on the same seed. Every setting is in the URL. The body
 * loads when the reader comes near the widget.
 */
export const RoutingWidget = defineLazyWidget<RoutingWidgetSettings>({
  kind: 'routing',
  name: 'Request routing',
  label: 'the routing widget',
  presets: ROUTING_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'Request routing',
  load: () => import('./RoutingBody.tsx'),
});
