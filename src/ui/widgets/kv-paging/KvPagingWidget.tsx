import { lazy } from 'react';
import { presetHeading } from '../kit/presetHeading.ts';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type KvPresetId } from '../../../widget-models/kv-paging/presets.ts';
import './kvPaging.css';

// The body (its drawing, store and simulation) loads when the reader comes near the widget.
const KvPagingBody = lazy(() => import('./KvPagingBody.tsx'));

export interface KvPagingWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: KvPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * PagedAttention, live: the KV block pool as a grid, block tables, the contiguous allocator
 * side by side, narration, and every setting in the URL.
 */
export function KvPagingWidget({ id = 'kv', preset, title, headingLevel = 3 }: KvPagingWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="kv-paging" ns={id} title={title ?? 'KV cache paging'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="kv-paging" ns={id} title={title ?? presetHeading('KV cache paging', p.title)} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <KvPagingBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}
