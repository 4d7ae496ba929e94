import { lazy } from 'react';
import { WidgetSlot } from '../kit/WidgetSlot.tsx';
import { presetOf, type AutoscalingPresetId } from '../../../widget-models/autoscaling/presets.ts';
import './autoscaling.css';

// The body (its drawing, store and simulation) loads when the reader comes near the widget.
const AutoscalingBody = lazy(() => import('./AutoscalingBody.tsx'));

export interface AutoscalingWidgetProps {
  /** URL namespace of this instance (one search param); unique on the page. */
  readonly id?: string;
  readonly preset?: AutoscalingPresetId;
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
}

/**
 * Autoscaling an LLM InferenceService: the same seeded traffic under the Knative KPA, HPA or
 * KEDA on vLLM metrics, and a fixed fleet; pods, panic, the activator queue and TTFT over time,
 * and one pod's cold start. Every setting is named by the field or annotation it sets, and
 * lives in the URL.
 */
export function AutoscalingWidget({ id = 'as', preset, title, headingLevel = 3 }: AutoscalingWidgetProps) {
  let p: ReturnType<typeof presetOf>;
  try {
    p = presetOf(preset);
  } catch (error) {
    return <WidgetSlot kind="autoscaling" ns={id} title={title ?? 'Autoscaling'} headingLevel={headingLevel} error={error} />;
  }
  return (
    <WidgetSlot kind="autoscaling" ns={id} title={title ?? `Autoscaling: ${p.title.toLowerCase()}`} description={<p>{p.guide}</p>} headingLevel={headingLevel} resetKey={p.id}>
      <AutoscalingBody ns={id} defaults={p.state} />
    </WidgetSlot>
  );
}
