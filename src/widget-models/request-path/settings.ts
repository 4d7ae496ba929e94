/**
 * Everything that defines one request-path run: how the gateway routes (the llm-d Endpoint
 * Picker's default scorers or a Kubernetes Service's round robin), the prompts (a shared tenant
 * system prompt or unrelated prompts), how many tenants share the pool and the arrival rate.
 * With the view state (frame, speed) it is the whole widget state, so it round-trips through the URL.
 */

/** `prefix`: llm-d-router's default profile (prefix ×3, queue ×2, KV ×2); `rr`: a Kubernetes Service. */
export const POLICIES = ['prefix', 'rr'] as const;
export type Policy = (typeof POLICIES)[number];

/** `shared`: a 6,000-token tenant system prompt plus a question; `unique`: unrelated prompts. */
export const PROMPTS = ['shared', 'unique'] as const;
export type PromptKind = (typeof PROMPTS)[number];

/** Tenant counts offered (each tenant has its own system prompt). */
export const TENANT_VALUES: readonly number[] = [1, 2, 4, 8, 16, 32, 64];

export interface RequestPathSettings {
  readonly policy: Policy;
  readonly prompt: PromptKind;
  /** Tenants, each with its own shared system prompt (only with `prompt: 'shared'`). */
  readonly tenants: number;
  /** Poisson arrivals, requests per second. */
  readonly rate: number;
  readonly seed: number;
}

export interface RequestPathView {
  /** Frame on screen. */
  readonly frame: number;
  readonly speed: number;
}

export type RequestPathUrlState = RequestPathSettings & RequestPathView;

/** vLLM replicas behind the gateway (the cluster model’s default deployment: Qwen2.5-32B at TP 2 on H100s). */
export const PODS = 4;
/** Requests arrive for this many simulated seconds; the traced request arrives at `TRACE_AT` of it. */
export const ARRIVAL_WINDOW_S = 30;
export const TRACE_AT = 2 / 3;

export const LIMITS = {
  rate: [1, 20],
  seed: [0, 999_999],
} as const;

export const DEFAULT_SETTINGS: RequestPathSettings = { policy: 'prefix', prompt: 'shared', tenants: 8, rate: 6, seed: 1 };
export const DEFAULT_VIEW: RequestPathView = { frame: 0, speed: 1 };
