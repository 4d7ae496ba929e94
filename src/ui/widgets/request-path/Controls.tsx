import { useCallback } from 'react';
import { LIMITS, type Policy, type PromptKind, type RequestPathSettings, TENANT_VALUES } from '../../../widget-models/request-path/settings.ts';
import { ChoiceField } from '../kit/ChoiceField.tsx';
import { SliderField } from '../kit/SliderField.tsx';
import { StepperField } from '../kit/StepperField.tsx';
import { POLICY_NAME } from './format.ts';
import { RequestPath, updateSettings } from './store.ts';

const PROMPT_LABELS: Record<PromptKind, string> = {
  shared: 'Shared system prompt',
  unique: 'Unrelated prompts',
};

/** Routing, prompts and load: each change reruns both routers on the same seeded requests. */
export function Controls() {
  const s = RequestPath.useWidget((st) => st.settings);
  const api = RequestPath.useWidgetApi();
  const set = useCallback((patch: Partial<RequestPathSettings>) => updateSettings(api, patch), [api]);
  return (
    <div className="rp-controls">
      <fieldset className="rp-fieldset">
        <legend>Routing</legend>
        <ChoiceField<Policy> label="Routing policy" field="how the gateway picks a pod: the Endpoint Picker’s scores, or a Kubernetes Service’s turn" value={s.policy} options={Object.entries(POLICY_NAME) as [Policy, string][]} onChange={(pol) => set({ policy: pol })} />
      </fieldset>
      <fieldset className="rp-fieldset">
        <legend>Traffic</legend>
        <ChoiceField<PromptKind> label="Prompts" field={s.prompt === 'shared' ? "a tenant’s 6,000-token system prompt, then a question" : "100–4,000 tokens each, nothing shared"} value={s.prompt} options={Object.entries(PROMPT_LABELS) as [PromptKind, string][]} onChange={(prompt) => set({ prompt })} />
        <StepperField label="Tenants" field="each with its own system prompt" value={s.tenants} values={TENANT_VALUES} unit={s.tenants === 1 ? 'tenant' : 'tenants'} onChange={(tenants) => set({ tenants })} />
        <SliderField label="Load" field="Poisson arrivals for 30 s" value={s.rate} min={LIMITS.rate[0]} max={LIMITS.rate[1]} unit="requests/s" onCommit={(rate) => set({ rate })} />
      </fieldset>
    </div>
  );
}
