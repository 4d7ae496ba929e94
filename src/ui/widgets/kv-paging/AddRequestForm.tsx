import { useCallback, useId } from 'react';
import { ActionButton } from '../kit/ActionButton.tsx';
import { NumberField } from '../kit/NumberField.tsx';
import { KV_ACTIONS } from './actions.ts';
import { LIMITS } from '../../../widget-models/kv-paging/settings.ts';
import { Kv, type RequestDraft } from './store.ts';

/** Adds a request that arrives at the time on screen; the run is recomputed with it. */
export function AddRequestForm() {
  const api = Kv.useWidgetApi();
  const draft = Kv.useWidget((s) => s.draft);
  const sys = Kv.useWidget((s) => s.settings.systemPromptTokens);
  const added = Kv.useWidget((s) => s.settings.addedRequests.length);
  const set = useCallback((patch: Partial<RequestDraft>) => api.setState((s) => ({ draft: { ...s.draft, ...patch } })), [api]);
  const sysId = useId();
  const add = KV_ACTIONS.get('add-request');
  return (
    <div className="kv-add">
      <NumberField label="Prompt tokens" value={draft.prompt} min={LIMITS.prompt[0]} max={LIMITS.prompt[1]} onCommit={useCallback((prompt: number) => set({ prompt }), [set])} />
      <NumberField
        label="max_tokens"
        value={draft.maxTokens}
        min={LIMITS.maxTokens[0]}
        max={LIMITS.maxTokens[1]}
        onCommit={useCallback((maxTokens: number) => set({ maxTokens }), [set])}
        hint="It stops earlier (end of sequence) at a length drawn from the seed."
      />
      <NumberField label="Parallel samples n" value={draft.n} min={LIMITS.n[0]} max={LIMITS.n[1]} onCommit={useCallback((n: number) => set({ n }), [set])} />
      <div className="widget-field widget-check">
        <input id={sysId} type="checkbox" checked={draft.system && sys > 0} disabled={sys === 0} onChange={(e) => set({ system: e.currentTarget.checked })} />
        <label htmlFor={sysId}>Starts with the shared system prompt{sys === 0 ? ' (set its length in Settings first)' : ` (${sys} tokens)`}</label>
      </div>
      {add ? <ActionButton action={add} api={api} className="btn btn-primary" /> : null}
      <p className="widget-hint">
        {added}/{LIMITS.addedRequests} added. It arrives at the moment on screen (key A).
      </p>
    </div>
  );
}
