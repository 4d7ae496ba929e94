import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { BATCH_PRESETS } from '../../../widget-models/batching/presets.ts';
import type { BatchWidgetSettings } from '../../../widget-models/batching/settings.ts';
import './batching.css';

/**
 * Static vs continuous batching, live: both schedulers on the same requests, as timelines of
 * engine steps with their token budgets, a "why" panel per step, and the latency and throughput
 * figures side by side. Every setting is in the URL. The body loads when the reader comes near
 * the widget.
 */
export const BatchingWidget = defineLazyWidget<BatchWidgetSettings>({
  kind: 'batching',
  name: 'Batching',
  label: 'the batching widget',
  presets: BATCH_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'Batching',
  load: () => import('./BatchingBody.tsx'),
});
