/**
 * Guided starting points, as typed data. A lesson embeds the widget with one of these ids; the
 * learner can change anything, and "Reset" comes back here. Each guide promises only what the
 * model shows: tests/unit/ui/widgets/request-path/model.test.ts holds them to it.
 */
import { findPreset } from '../presets.ts';
import { DEFAULT_SETTINGS, DEFAULT_VIEW, type RequestPathUrlState } from './settings.ts';

export type RequestPathPresetId = 'shared-prefix' | 'round-robin' | 'few-tenants' | 'sandbox';

export interface RequestPathPreset {
  readonly id: RequestPathPresetId;
  readonly title: string;
  /** What to look at, one or two sentences. */
  readonly guide: string;
  readonly state: RequestPathUrlState;
}

const base: RequestPathUrlState = { ...DEFAULT_SETTINGS, ...DEFAULT_VIEW, tenants: 64 };

export const REQUEST_PATH_PRESETS: Readonly<Record<RequestPathPresetId, RequestPathPreset>> = {
  'shared-prefix': {
    id: 'shared-prefix',
    title: 'One request through the stack, routed by prefix',
    guide:
      'Press Play to follow one chat request from the client through the gateway and the Endpoint Picker to a vLLM pod and back. 64 tenants each have a 6,000-token system prompt; the picker sends the request to a pod that already holds its tenant’s prompt, so prefill computes only the question. Then switch the routing to round robin and compare the prefill segment.',
    state: base,
  },
  'round-robin': {
    id: 'round-robin',
    title: 'The same request behind a plain Kubernetes Service',
    guide:
      'The same requests, routed round robin: the pod that gets the traced request has not seen its tenant’s system prompt, so prefill recomputes all of it and time to first token grows several-fold.',
    state: { ...base, policy: 'rr' },
  },
  'few-tenants': {
    id: 'few-tenants',
    title: 'Few tenants: every pod already holds every prefix',
    guide: 'With 8 tenants, every pod soon caches every system prompt, so round robin hits the cache too and the two routers’ median TTFT is about the same.',
    state: { ...base, tenants: 8 },
  },
  sandbox: {
    id: 'sandbox',
    title: 'Sandbox',
    guide: 'Every setting open: routing, prompts, tenants and arrival rate, on the same seeded requests.',
    state: base,
  },
};

/** The preset named `id` (the sandbox when none); an unknown id throws, naming the known ones. */
export function presetOf(id: string | undefined): RequestPathPreset {
  return findPreset<RequestPathPreset>(REQUEST_PATH_PRESETS, id, 'sandbox', 'request-path widget');
}
