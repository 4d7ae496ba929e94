import { useCallback, useId } from 'react';
import { LINKS, ROUTER_PRESETS, type RouterPresetId, type TierPresetId, WORKLOAD_PRESETS, type WorkloadPresetId } from '../../../sim/cluster/index.ts';
import { NumberField } from '../kit/NumberField.tsx';
import { SliderField } from '../kit/SliderField.tsx';
import { LIMITS, type DeciderChoice, type RoutingSettings, type Side, type Topology } from '../../../widget-models/routing/settings.ts';
import { Routing, updateSettings } from './store.ts';

const TIER_LABELS: Record<TierPresetId, string> = {
  hbm: 'HBM only',
  cpu: 'HBM + 100 GB CPU memory per replica',
  'cpu-storage': 'HBM + CPU + shared storage',
};

function Select<T extends string>({ label, value, options, onChange, hint }: { readonly label: React.ReactNode; readonly value: T; readonly options: readonly (readonly [T, string])[]; readonly onChange: (v: T) => void; readonly hint?: string }) {
  const id = useId();
  return (
    <div className="widget-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {hint ? <span className="widget-hint">{hint}</span> : null}
    </div>
  );
}

type NumericKey = 'groups' | 'replicas' | 'rate' | 'durationS' | 'gpuMemoryUtilizationPercent' | 'prefillPods' | 'nonCachedTokens';

/** A whole-number setting as a labelled slider with its unit (and the field it sets); reruns when the thumb rests. */
function SettingSlider({ k, label, unit, field, min, max, step, hint, shown }: { readonly k: NumericKey; readonly label: string; readonly unit: string; readonly field?: React.ReactNode; readonly min: number; readonly max: number; readonly step?: number; readonly hint?: React.ReactNode; readonly shown?: number }) {
  const api = Routing.useWidgetApi();
  const value = Routing.useWidget((st) => st.settings[k]);
  const onCommit = useCallback((v: number) => updateSettings(api, { [k]: v }), [api, k]);
  return (
    <div className="rt-setting">
      <SliderField label={label} unit={unit} value={shown ?? value} min={min} max={max} onCommit={onCommit} {...(step === undefined ? {} : { step })} {...(field === undefined ? {} : { field })} />
      {hint ? <span className="widget-hint">{hint}</span> : null}
    </div>
  );
}

/** The seed: any whole number, so a field rather than a slider (key S steps it). */
function SeedField() {
  const api = Routing.useWidgetApi();
  const value = Routing.useWidget((st) => st.settings.seed);
  const onCommit = useCallback((seed: number) => updateSettings(api, { seed }), [api]);
  return <NumberField label="Seed (key S: next)" value={value} min={LIMITS.seed[0]} max={LIMITS.seed[1]} onCommit={onCommit} />;
}

function SideFields({ side, s, set }: { readonly side: Side; readonly s: RoutingSettings; readonly set: (p: Partial<RoutingSettings>) => void }) {
  const k = side === 'a' ? { p: 'routerA', t: 'topologyA', d: 'deciderA', tier: 'tiersA' } as const : { p: 'routerB', t: 'topologyB', d: 'deciderB', tier: 'tiersB' } as const;
  const pd = s[k.t] === 'pd';
  return (
    <fieldset className="rt-side-fields">
      <legend>Side {side.toUpperCase()}</legend>
      <Select<RouterPresetId> label="Router" value={s[k.p]} options={ROUTER_PRESETS.map((p) => [p.id, p.label])} onChange={(v) => set({ [k.p]: v, ...(side === 'a' ? { weightsA: null } : {}) })} />
      <Select<Topology>
        label="Topology"
        value={s[k.t]}
        options={[
          ['agg', 'Aggregated (every pod prefills and decodes)'],
          ['pd', 'Prefill/decode disaggregated'],
        ]}
        onChange={(v) => set({ [k.t]: v })}
        {...(pd && (s[k.p] === 'round-robin' || s[k.p] === 'random') ? { hint: 'A Kubernetes Service cannot disaggregate: every pod serves whole requests. Pick an Endpoint Picker router.' } : {})}
      />
      {pd && s[k.p] !== 'round-robin' && s[k.p] !== 'random' ? (
        <Select<DeciderChoice>
          label="P/D decider"
          value={s[k.d]}
          options={[
            ['always', 'always-disagg-pd-decider'],
            ['prefix', 'prefix-based-pd-decider'],
          ]}
          onChange={(v) => set({ [k.d]: v })}
        />
      ) : null}
      <Select<TierPresetId> label="KV-cache tiers" value={s[k.tier]} options={(Object.keys(TIER_LABELS) as TierPresetId[]).map((t) => [t, TIER_LABELS[t]])} onChange={(v) => set({ [k.tier]: v })} />
    </fieldset>
  );
}

/** The scenario's settings. Every change re-runs both sides from the start. */
export function SettingsForm() {
  const api = Routing.useWidgetApi();
  const s = Routing.useWidget((st) => st.settings);
  const set = useCallback((patch: Partial<RoutingSettings>) => updateSettings(api, patch), [api]);
  const grouped = s.workload === 'multi-tenant' || s.workload === 'rag';
  const anyPd = s.topologyA === 'pd' || s.topologyB === 'pd';
  return (
    <div className="rt-settings">
      <Select<WorkloadPresetId>
        label="Workload"
        value={s.workload}
        options={WORKLOAD_PRESETS.map((w) => [w.id, w.label])}
        onChange={(wl) => set({ workload: wl, groups: WORKLOAD_PRESETS.find((w) => w.id === wl)?.groups || s.groups })}
        hint={WORKLOAD_PRESETS.find((w) => w.id === s.workload)?.summary}
      />
      {grouped ? (
        <SettingSlider k="groups" label={s.workload === 'rag' ? 'Documents' : 'Tenants'} unit={s.workload === 'rag' ? 'documents' : 'tenants'} min={LIMITS.groups[0]} max={LIMITS.groups[1]} />
      ) : null}
      <SettingSlider k="replicas" label="Replicas" unit="pods" min={LIMITS.replicas[0]} max={LIMITS.replicas[1]} hint="Each: a 32B model on 2 × H100 (TP=2), as in llm-d’s benchmarks." />
      <SettingSlider k="rate" label="Arrival rate" unit="requests/s" min={LIMITS.rate[0]} max={LIMITS.rate[1]} />
      <SettingSlider
        k="durationS"
        label="Arrivals for"
        unit="s"
        min={LIMITS.durationS[0]}
        max={LIMITS.durationS[1]}
        step={10}
        hint={`At most ${LIMITS.requests.toLocaleString('en-US')} requests per run; the run then drains.`}
      />
      <SettingSlider
        k="gpuMemoryUtilizationPercent"
        label="GPU memory utilisation"
        unit="%"
        field={<code>--gpu-memory-utilization</code>}
        min={LIMITS.gpuMemoryUtilizationPercent[0]}
        max={LIMITS.gpuMemoryUtilizationPercent[1]}
        hint="Less memory, fewer KV blocks per replica."
      />
      <SeedField />
      <SideFields side="a" s={s} set={set} />
      <SideFields side="b" s={s} set={set} />
      {anyPd ? (
        <fieldset className="rt-side-fields">
          <legend>Prefill/decode</legend>
          <SettingSlider k="prefillPods" label="Prefill pods" unit="pods" shown={Math.min(s.prefillPods, s.replicas - 1)} min={1} max={Math.max(1, s.replicas - 1)} hint="The rest are decode pods." />
          <SettingSlider
            k="nonCachedTokens"
            label="Decider threshold"
            unit="tokens"
            field={<code>nonCachedTokens</code>}
            min={LIMITS.nonCachedTokens[0]}
            max={LIMITS.nonCachedTokens[1]}
            step={256}
            hint="prefix-based-pd-decider disaggregates when at least this many prompt tokens are uncached on the decode pod (0 = never)."
          />
          <Select label="KV transfer link" value={s.link} options={LINKS.map((l) => [l.id, `${l.label}: ~${l.gbps} GB/s per GPU`] as const)} onChange={(ln) => set({ link: ln })} />
        </fieldset>
      ) : null}
    </div>
  );
}
