import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { KV_PRESETS } from '../../../widget-models/kv-paging/presets.ts';
import type { KvWidgetSettings } from '../../../widget-models/kv-paging/settings.ts';
import './kvPaging.css';

/**
 * PagedAttention, live: the KV block pool as a grid, block tables, the contiguous allocator
 * side by side, narration, and every setting in the URL. The body loads when the reader comes
 * near the widget.
 */
export const KvPagingWidget = defineLazyWidget<KvWidgetSettings>({
  kind: 'kv-paging',
  name: 'KV cache paging',
  label: 'the KV paging widget',
  presets: KV_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'KV cache paging',
  load: () => import('./KvPagingBody.tsx'),
});
