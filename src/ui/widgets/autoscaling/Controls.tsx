import { useCallback } from 'react';
import type { StorageSource, TrafficShape } from '../../../sim/autoscale/index.ts';
import { SHAPE_TIMING } from '../../../widget-models/autoscaling/buildRun.ts';
import { type AltKind, type AltMetric, type AutoscalingSettings, LIMITS, MODEL_CHOICES, type ModelChoice, SHAPES, STORAGE_SOURCES, TBC_CHOICES } from '../../../widget-models/autoscaling/settings.ts';
import { ChoiceField } from '../kit/ChoiceField.tsx';
import { SliderField } from '../kit/SliderField.tsx';
import { Autoscaling, updateSettings } from './store.ts';

const SHAPE_LABELS: Record<TrafficShape, string> = { steady: 'Steady', diurnal: 'Daily cycle', spike: 'Spike', 'on-off': 'On / off', 'from-zero': 'From zero' };

const SHAPE_HINTS: Record<TrafficShape, string> = {
  steady: 'The same rate all along.',
  diurnal: `A compressed day: from ${SHAPE_TIMING.diurnal.minFraction * 100} % of the peak at 0 s up to the peak and back.`,
  spike: `${SHAPE_TIMING.spike.factor}× the rate for ${SHAPE_TIMING.spike.durationS} s from ${SHAPE_TIMING.spike.atS} s.`,
  'on-off': `${SHAPE_TIMING['on-off'].onS} s on, ${SHAPE_TIMING['on-off'].offS} s off, repeated.`,
  'from-zero': `Nothing until ${SHAPE_TIMING['from-zero'].startAtS} s, then the rate.`,
};

const STORAGE_LABELS: Record<StorageSource, string> = {
  hf: 'Hugging Face Hub (hf://)',
  s3: 'S3 in-region (s3://)',
  gs: 'GCS in-region (gs://)',
  pvc: 'Network PVC (pvc://)',
  oci: 'Model car image (oci://)',
  'local-cache': 'LocalModelCache on the node',
};

function useSet() {
  const api = Autoscaling.useWidgetApi();
  return useCallback((patch: Partial<AutoscalingSettings>) => updateSettings(api, patch), [api]);
}

/** Traffic shape (discrete: buttons) and load level (a slider), just above the chart they drive. */
export function TrafficControls() {
  const s = Autoscaling.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="as-traffic">
      <div className="as-shapes" role="group" aria-label="Traffic shape">
        {SHAPES.map((shape) => (
          <button key={shape} type="button" className="btn btn-small" aria-pressed={s.shape === shape} onClick={() => set({ shape })}>
            {SHAPE_LABELS[shape]}
          </button>
        ))}
      </div>
      <SliderField
        label={s.shape === 'diurnal' ? 'Peak load' : s.shape === 'spike' ? 'Base load' : 'Load'}
        field={SHAPE_HINTS[s.shape]}
        value={s.rps}
        min={LIMITS.rps[0]}
        max={LIMITS.rps[1]}
        unit="requests/s"
        onCommit={(rps) => set({ rps })}
      />
    </div>
  );
}

/** The model and where its weights come from: what the cold-start waterfall is made of. */
export function ColdStartControls() {
  const s = Autoscaling.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="as-fields">
      <ChoiceField<ModelChoice> label="Model" field={<code>spec.predictor.model.storageUri</code>} value={s.model} options={MODEL_CHOICES.map((m) => [m.id, m.label])} onChange={(model) => set({ model })} />
      <ChoiceField<StorageSource>
        label="Weights from"
        field={
          <>
            <code>storageUri</code> scheme (a LocalModelCache matches its <code>sourceModelUri</code>)
          </>
        }
        value={s.storage}
        options={STORAGE_SOURCES.map((x) => [x, STORAGE_LABELS[x]])}
        onChange={(storage) => set({ storage })}
      />
    </div>
  );
}

/** The three policies' settings, each named by the field or annotation it sets. */
export function PolicyControls() {
  const s = Autoscaling.useWidget((st) => st.settings);
  const set = useSet();
  return (
    <div className="as-policies">
      <fieldset className="as-fieldset">
        <legend>Knative KPA</legend>
        <SliderField label="Target" field={<><code>scaleTarget</code> → <code>autoscaling.knative.dev/target</code></>} value={s.target} min={LIMITS.target[0]} max={LIMITS.target[1]} unit="in flight per pod" onCommit={(target) => set({ target })} />
        <SliderField label="Minimum pods" field={<><code>minReplicas</code> → <code>autoscaling.knative.dev/min-scale</code></>} value={s.minScale} min={LIMITS.minScale[0]} max={LIMITS.minScale[1]} unit="pods" onCommit={(minScale) => set({ minScale })} />
        <SliderField label="Maximum pods" field={<><code>maxReplicas</code> → <code>autoscaling.knative.dev/max-scale</code></>} value={s.maxScale} min={LIMITS.maxScale[0]} max={LIMITS.maxScale[1]} unit="pods" onCommit={(maxScale) => set({ maxScale })} />
        <SliderField label="Panic threshold" field={<code>autoscaling.knative.dev/panic-threshold-percentage</code>} value={s.panic} min={LIMITS.panic[0]} max={LIMITS.panic[1]} step={10} unit="%" onCommit={(panic) => set({ panic })} />
        <SliderField label="Keep the last pod" field={<code>autoscaling.knative.dev/scale-to-zero-pod-retention-period</code>} value={s.retention} min={LIMITS.retention[0]} max={LIMITS.retention[1]} step={30} unit="s" onCommit={(retention) => set({ retention })} />
        <ChoiceField<string>
          label="Burst capacity"
          field={<code>autoscaling.knative.dev/target-burst-capacity</code>}
          value={String(s.targetBurstCapacity)}
          options={TBC_CHOICES.map((v) => [String(v), v === -1 ? '−1: activator always in the path' : v === 0 ? '0: activator only at zero' : `${v} (Knative default)`])}
          onChange={(v) => set({ targetBurstCapacity: Number(v) })}
        />
      </fieldset>
      <fieldset className="as-fieldset">
        <legend>Standard mode</legend>
        <ChoiceField<AltKind>
          label="Autoscaler"
          field={<code>serving.kserve.io/autoscalerClass</code>}
          value={s.altKind}
          options={[
            ['keda', 'keda (ScaledObject, Prometheus trigger)'],
            ['hpa', 'hpa (Pods metric via an adapter)'],
          ]}
          onChange={(altKind) => set({ altKind })}
        />
        <ChoiceField<AltMetric>
          label="Metric"
          field={s.altKind === 'keda' ? <>type <code>External</code>: Prometheus <code>sum(vllm:…)</code>, per replica</> : <>type <code>PodMetric</code>: the average over pods</>}
          value={s.altMetric}
          options={[
            ['running', 'vllm:num_requests_running'],
            ['waiting', 'vllm:num_requests_waiting'],
          ]}
          onChange={(altMetric) => set({ altMetric })}
        />
        <SliderField label="Metric target" field={s.altKind === 'keda' ? <code>autoScaling.metrics[].external.target.averageValue</code> : <code>autoScaling.metrics[].podmetric.target.averageValue</code>} value={s.altTarget} min={LIMITS.altTarget[0]} max={LIMITS.altTarget[1]} unit="requests" onCommit={(altTarget) => set({ altTarget })} />
        <p className="widget-hint">Bounds: the KPA’s minimum and maximum pods, at least 1 (no HTTP request wakes a Standard-mode Deployment at zero).</p>
      </fieldset>
      <fieldset className="as-fieldset">
        <legend>Fixed fleet</legend>
        <SliderField label="Replicas" field={<><code>minReplicas</code> = <code>maxReplicas</code></>} value={s.fixed} min={LIMITS.fixed[0]} max={LIMITS.fixed[1]} unit="pods" onCommit={(fixed) => set({ fixed })} />
      </fieldset>
    </div>
  );
}
