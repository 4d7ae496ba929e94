import { useId } from 'react';
import { BUILTIN_SCORERS, routerPreset } from '../../../sim/cluster/index.ts';
import { effectiveWeights } from '../../../widget-models/routing/buildRun.ts';
import { WEIGHT_MAX, WEIGHT_STEP } from '../../../widget-models/routing/settings.ts';
import { Routing, updateSettings } from './store.ts';

/**
 * Side A's scorer weights. Each change re-runs side A; B stays as it is, for comparison.
 * The Endpoint Picker multiplies each scorer's 0–1 score by its weight and adds them up.
 */
export function WeightSliders() {
  const api = Routing.useWidgetApi();
  const s = Routing.useWidget((st) => st.settings);
  const baseId = useId();
  const preset = routerPreset(s.routerA);
  const weights = effectiveWeights(s);
  if (!preset.profile) {
    return <p className="widget-hint">Side A is a Kubernetes Service ({preset.label}): it has no scorers to weigh. Pick an Endpoint Picker policy for A under Settings.</p>;
  }
  const set = (i: number, w: number) => {
    const next = weights.map((x, k) => Math.round((k === i ? w : x) / WEIGHT_STEP));
    updateSettings(api, { weightsA: next });
  };
  return (
    <div className="rt-weights">
      <p className="widget-hint">
        Starting from “{preset.label}”. Maximum possible total: {weights.reduce((a, b) => a + b, 0)}.
        {preset.profile.filters.length > 0 ? ` Filters run first: ${preset.profile.filters.join(', ')}.` : ''}
      </p>
      {BUILTIN_SCORERS.map((def, i) => {
        const id = `${baseId}-${i}`;
        const w = weights[i] ?? 0;
        return (
          <div key={def.type} className="rt-weight">
            <label htmlFor={id}>
              {def.label} <code>{def.type}</code>
            </label>
            <input
              id={id}
              type="range"
              min={0}
              max={WEIGHT_MAX}
              step={WEIGHT_STEP}
              value={w}
              aria-valuetext={`weight ${w}`}
              aria-describedby={`${id}-f`}
              onChange={(e) => set(i, Number(e.currentTarget.value))}
            />
            <output htmlFor={id}>×{w}</output>
            <span id={`${id}-f`} className="widget-hint">
              {def.formula}
            </span>
          </div>
        );
      })}
      <button type="button" className="btn btn-small" disabled={s.weightsA === null} onClick={() => updateSettings(api, { weightsA: null })}>
        Back to the preset’s weights
      </button>
    </div>
  );
}
