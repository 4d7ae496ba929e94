import { lazy } from 'react';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type QuantizationPresetId } from '../../../widget-models/quantization/presets.ts';
import './quantization.css';

// The body (its drawing, store and simulation) loads when the reader comes near the widget.
const QuantizationBody = lazy(() => import('./QuantizationBody.tsx'));

export interface QuantizationWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: QuantizationPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * Quantisation in vLLM: one GPU's memory under each weight format (bf16, FP8 and INT8 W8A8,
 * AWQ/GPTQ W4A16, NVFP4/MXFP4) and KV-cache dtype, with KV blocks, concurrency and step times
 * labelled by where they come from, and cited accuracy figures.
 */
export function QuantizationWidget({ id = 'qz', preset, title, headingLevel = 3 }: QuantizationWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="quantization" ns={id} title={title ?? 'Quantization'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="quantization" ns={id} title={title ?? `Quantization: ${p.title}`} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <QuantizationBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}
