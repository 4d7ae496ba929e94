import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { SPEC_PRESETS } from '../../../widget-models/spec-decoding/presets.ts';
import type { SpecSettings } from '../../../widget-models/spec-decoding/settings.ts';
import './spec-decoding.css';

/**
 * Speculative decoding in vLLM's engine: a drafter proposes k tokens per request, the target
 * verifies them in one pass, keeps the accepted prefix and adds one token of its own. The
 * picture plays the steps of a few requests; the charts compare the same requests with and
 * without the drafter across k, acceptance and batch size; the table shows vLLM's counters.
 * The body loads when the reader comes near the widget.
 */
export const SpecDecodingWidget = defineLazyWidget<SpecSettings>({
  kind: 'spec-decoding',
  name: 'Speculative decoding',
  label: 'the speculative-decoding widget',
  presets: SPEC_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'Speculative decoding',
  load: () => import('./SpecDecodingBody.tsx'),
});
