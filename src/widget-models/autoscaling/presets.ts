/**
 * Guided starting points, as typed data. A lesson embeds the widget with one of these ids; the
 * learner can change anything, and "Reset" comes back here. Each title and guide promises only
 * what the model shows: tests/unit/ui/widgets/autoscaling/presets.test.ts holds them to it.
 */
import { findPreset } from '../presets.ts';
import { type AutoscalingUrlState, DEFAULT_SETTINGS, DEFAULT_VIEW } from './settings.ts';

export type AutoscalingPresetId = 'spike-panic' | 'scale-from-zero' | 'local-cache' | 'retention' | 'daily-cycle' | 'sandbox';

export interface AutoscalingPreset {
  readonly id: AutoscalingPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: AutoscalingUrlState;
}

const base: AutoscalingUrlState = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW };
const fromZero: AutoscalingUrlState = { ...base, shape: 'from-zero', rps: 2, minScale: 0 };

export const AUTOSCALING_PRESETS: Readonly<Record<AutoscalingPresetId, AutoscalingPreset>> = {
  'spike-panic': {
    id: 'spike-panic',
    title: 'A spike makes the KPA panic',
    guide:
      'Two requests a second, then ten for one minute from 120 s, on Llama 3.1 8B with scaleTarget 10. Play: the KPA enters panic within seconds of the spike (shaded), orders pods at once, and holds them for a stable window after it; the pods it ordered are ready only after the spike is over, because each spends minutes downloading the model.',
    state: base,
  },
  'scale-from-zero': {
    id: 'scale-from-zero',
    title: 'Scale from zero: requests wait at the activator',
    guide:
      'minReplicas 0. The idle pod is removed after a stable window and the grace period; traffic starts at 240 s. Watch the activator queue grow through the whole cold start of the first pod (the waterfall shows where the time goes) and TTFT p99 climb to minutes. The Standard-mode runs keep a pod, so nothing waits.',
    state: fromZero,
  },
  'local-cache': {
    id: 'local-cache',
    title: 'The same scale from zero with a LocalModelCache',
    guide:
      'As before, but the weights are already on the node’s NVMe (a LocalModelCache hit): the model-download bar disappears from the waterfall, the cold start shrinks to about a minute, and fewer requests pile up at the activator.',
    state: { ...fromZero, storage: 'local-cache' },
  },
  retention: {
    id: 'retention',
    title: 'Keeping the last pod warm with a retention period',
    guide:
      'Bursts of 90 s every 5 minutes with minReplicas 0. With scale-to-zero-pod-retention-period 0 s the revision goes to zero between bursts and the next burst waits for a cold start; set 300 s here and the last pod stays, so no request waits. Compare the two with the retention slider.',
    state: { ...base, shape: 'on-off', rps: 2, minScale: 0, retention: 300 },
  },
  'daily-cycle': {
    id: 'daily-cycle',
    title: 'A daily cycle: autoscalers against a fixed fleet',
    guide:
      'A compressed day, from 2 to 16 requests a second and back. The KPA (scaleTarget 10) and KEDA on vllm:num_requests_running (10 per replica) order pods as the load rises, but each takes minutes to start, so they are ready around the peak or after it. The KPA gives them back as the stable average falls; KEDA keeps its pods through its 300 s scale-down window. TTFT stays under a second in all three (a single pod keeps up with this load), and both autoscalers use fewer GPU-hours than four fixed replicas.',
    state: { ...base, shape: 'diurnal', rps: 16, fixed: 4 },
  },
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'Every setting open: traffic shape and load, model and storage, the KPA’s annotations, the Standard-mode autoscaler and the fixed fleet, all on the same seeded requests.',
    state: base,
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): AutoscalingPreset {
  return findPreset<AutoscalingPreset>(AUTOSCALING_PRESETS, id, 'sandbox', 'the autoscaling widget');
}
