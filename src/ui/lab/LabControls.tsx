/**
 * The Lab's settings: the pattern and its components, the workload, the fleet. Numbers are
 * sliders or steppers showing value and unit; each control names the flag or field it stands for.
 * Settings a challenge locks are listed instead of offered.
 */
import { ROUTER_PRESETS } from '../../sim/cluster/index.ts';
import { GPUS, MODELS } from '../../sim/cost/index.ts';
import { minimalTp, patternDefinition, PATTERNS, workloadDefinition, WORKLOADS } from '../../sim/patterns/index.ts';
import {
  DURATIONS_S,
  GPUS_RANGE,
  knobsOf,
  QPS_RANGE,
  REGION_CHOICES,
  routerChoices,
  RTT_CHOICES_MS,
  type LabConfig,
  type LabDuration,
  type LabRouter,
  type LabTiers,
} from '../../widget-models/lab/config.ts';
import { ChoiceField } from '../widgets/kit/ChoiceField.tsx';
import { SliderField } from '../widgets/kit/SliderField.tsx';
import { StepperField } from '../widgets/kit/StepperField.tsx';

const routerLabel = (id: string) => ROUTER_PRESETS.find((r) => r.id === id)?.label ?? id;
const gpuName = (id: string) => GPUS.find((g) => g.id === id)?.name ?? id;
const modelName = (id: string) => MODELS.find((m) => m.id === id)?.name ?? id;

/** How a locked setting reads ("20 req/s", "Qwen2.5-32B"). */
export function describeSetting(field: keyof LabConfig, c: LabConfig): string {
  switch (field) {
    case 'pattern':
      return patternDefinition(c.pattern).label;
    case 'workload':
      return workloadDefinition(c.workload).label;
    case 'qps':
      return `${c.qps} req/s`;
    case 'gpus':
      return `${c.gpus} GPUs`;
    case 'gpu':
      return gpuName(c.gpu);
    case 'model':
      return modelName(c.model);
    case 'durationS':
      return `${c.durationS} s of arrivals`;
    case 'failover':
      return c.failover ? 'region 0 fails halfway' : 'no region fails';
    case 'rttMs':
      return `${c.rttMs} ms between regions`;
    case 'regions':
      return `${c.regions} regions`;
    default:
      return String(c[field]);
  }
}

/** Replicas the budget gives at the model's smallest TP (0 if the model does not fit). */
function replicasOf(c: LabConfig): number {
  try {
    return Math.floor(c.gpus / minimalTp(c.model, c.gpu));
  } catch {
    return 0;
  }
}

export function LabControls({ config, locked, onChange }: { readonly config: LabConfig; readonly locked: ReadonlySet<keyof LabConfig>; readonly onChange: (patch: Partial<LabConfig>) => void }) {
  const open = (f: keyof LabConfig) => !locked.has(f);
  const knobs = new Set(knobsOf(config.pattern));
  const pattern = patternDefinition(config.pattern);
  const workload = workloadDefinition(config.workload);
  const replicas = replicasOf(config);
  return (
    <div className="lab-controls">
      {open('pattern') ? (
        <div>
          <ChoiceField label="Pattern" field={pattern.implementedBy} value={config.pattern} options={PATTERNS.map((p) => [p.id, p.label] as const)} onChange={(v) => onChange({ pattern: v })} />
          <p className="lab-help">{pattern.summary}</p>
        </div>
      ) : null}
      {knobs.has('router') && open('router') ? (
        <ChoiceField<LabRouter>
          label={config.pattern === 'replicated' ? 'Service load balancing' : 'Router profile'}
          field={config.pattern === 'replicated' ? 'kube-proxy mode of the Service' : 'Endpoint Picker scheduling profile (EndpointPickerConfig)'}
          value={config.router}
          options={[['auto', `Pattern default (${routerLabel(routerChoices(config.pattern)[0] ?? 'auto')})`], ...routerChoices(config.pattern).map((r) => [r, routerLabel(r)] as const)]}
          onChange={(v) => onChange({ router: v })}
        />
      ) : null}
      {knobs.has('prefill') && open('prefill') ? (
        <StepperField
          label="Prefill replicas"
          field="LLMInferenceService spec.prefill replicas (the rest decode)"
          value={config.prefill}
          values={[0, ...Array.from({ length: Math.max(0, replicas - 1) }, (_, i) => i + 1)]}
          format={(v) => (v === 0 ? 'auto (cost model)' : `${v} of ${replicas}`)}
          onChange={(v) => onChange({ prefill: v })}
        />
      ) : null}
      {knobs.has('tp') && open('tp') ? (
        <StepperField label="Tensor parallelism" field="--tensor-parallel-size" value={config.tp} values={[0, 1, 2, 4, 8]} format={(v) => (v === 0 ? 'auto (largest ≤ 8)' : `TP ${v}`)} onChange={(v) => onChange({ tp: v })} />
      ) : null}
      {knobs.has('tiers') && open('tiers') ? (
        <ChoiceField<LabTiers>
          label="KV tiers below GPU memory"
          field="vLLM OffloadingConnector / LMCache (LLMInferenceService kvCacheOffloading)"
          value={config.tiers}
          options={[
            ['cpu-storage', 'CPU memory (100 GB) + shared storage (4 TB)'],
            ['cpu', 'CPU memory only (100 GB per replica)'],
          ]}
          onChange={(v) => onChange({ tiers: v })}
        />
      ) : null}
      {knobs.has('minScale') && open('minScale') ? (
        <StepperField label="Minimum replicas" field="autoscaling.knative.dev/min-scale (KServe minReplicas)" value={config.minScale} values={[0, 1]} format={(v) => (v === 0 ? '0 (scale to zero)' : '1 (one kept warm)')} onChange={(v) => onChange({ minScale: v })} />
      ) : null}
      {knobs.has('regions') && open('regions') ? (
        <StepperField label="Regions" field="InferencePools behind the global router" value={config.regions} values={REGION_CHOICES} onChange={(v) => onChange({ regions: v })} />
      ) : null}
      {knobs.has('rttMs') && open('rttMs') ? <StepperField label="Round trip between regions" value={config.rttMs} values={RTT_CHOICES_MS} unit="ms" onChange={(v) => onChange({ rttMs: v })} /> : null}
      {knobs.has('failover') && open('failover') ? (
        <label className="lab-check">
          <input type="checkbox" checked={config.failover} onChange={(e) => onChange({ failover: e.currentTarget.checked })} /> Region 0 fails halfway through the run
        </label>
      ) : null}
      {open('workload') ? (
        <div>
          <ChoiceField label="Workload" field={`objectives: TTFT ≤ ${workload.slo.ttftS} s, ITL ≤ ${workload.slo.itlMs} ms`} value={config.workload} options={WORKLOADS.map((w) => [w.id, w.label] as const)} onChange={(v) => onChange({ workload: v })} />
          <p className="lab-help">{workload.shape}.</p>
        </div>
      ) : null}
      {open('qps') ? <SliderField label="Request rate" field="mean over the run (vllm bench serve --request-rate)" value={config.qps} min={QPS_RANGE.min} max={QPS_RANGE.max} step={QPS_RANGE.step} unit="req/s" onCommit={(v) => onChange({ qps: v })} /> : null}
      {open('gpus') ? <SliderField label="GPU budget" field="the most GPUs the pattern may hold at once" value={config.gpus} min={GPUS_RANGE.min} max={GPUS_RANGE.max} unit="GPUs" onCommit={(v) => onChange({ gpus: v })} /> : null}
      {open('model') ? <ChoiceField label="Model" field="--model" value={config.model} options={MODELS.map((m) => [m.id, m.name] as const)} onChange={(v) => onChange({ model: v })} /> : null}
      {open('gpu') ? <ChoiceField label="GPU" field="node accelerator" value={config.gpu} options={GPUS.map((g) => [g.id, g.name] as const)} onChange={(v) => onChange({ gpu: v })} /> : null}
      {open('durationS') ? (
        <ChoiceField
          label="Traffic"
          field="--duration-s of the pattern CLI"
          value={String(config.durationS)}
          options={DURATIONS_S.map((d) => [String(d), `${d / 60} minutes of arrivals`] as const)}
          onChange={(v) => onChange({ durationS: Number(v) as LabDuration })}
        />
      ) : null}
    </div>
  );
}
