import { defineLazyWidget } from '../kit/defineWidget.tsx';
import { AUTOSCALING_PRESETS } from '../../../widget-models/autoscaling/presets.ts';
import type { AutoscalingChoice } from '../../../widget-models/autoscaling/settings.ts';
import './autoscaling.css';

/**
 * Autoscaling an LLM InferenceService: the same seeded traffic under the Knative KPA, HPA or
 * KEDA on vLLM metrics, and a fixed fleet; pods, panic, the activator queue and TTFT over time,
 * and one pod's cold start. Every setting is named by the field or annotation it sets, and
 * lives in the URL. The body loads when the reader comes near the widget.
 */
export const AutoscalingWidget = defineLazyWidget<AutoscalingChoice>({
  kind: 'autoscaling',
  name: 'Autoscaling',
  label: 'the autoscaling widget',
  presets: AUTOSCALING_PRESETS,
  defaultPreset: 'sandbox',
  titlePrefix: 'Autoscaling',
  load: () => import('./AutoscalingBody.tsx'),
});
