import { useId } from 'react';
import type { MemoryPlan } from '../../sim/cost/types.ts';
import { fmtGiB } from './format.ts';

interface Segment {
  readonly key: 'weights' | 'activations' | 'graphs' | 'kv' | 'reserved';
  readonly label: string;
  readonly bytes: number;
}

/**
 * One GPU's memory as a stacked bar (weights, activations, KV cache, reserved headroom), with
 * text labels and patterns so colour is never the only cue, and a <dl> giving the same numbers.
 */
export function MemoryBar({ plan }: { readonly plan: MemoryPlan }) {
  const id = useId();
  const segments: Segment[] = [
    { key: 'weights', label: 'Weights', bytes: plan.weightBytes },
    { key: 'activations', label: 'Activations', bytes: plan.activationBytes },
    { key: 'graphs', label: 'CUDA graphs (estimate)', bytes: plan.cudaGraphBytes },
    { key: 'kv', label: 'KV cache', bytes: plan.kvCacheBytes },
    { key: 'reserved', label: 'Reserved (1 − utilization)', bytes: plan.reservedBytes },
  ];
  const shown = segments.reduce((s, x) => s + x.bytes, 0);
  const scale = Math.max(plan.totalBytes, shown);
  const summary = segments.map((s) => `${s.label} ${fmtGiB(s.bytes)}`).join(', ');
  return (
    <figure className="hw-membar" aria-labelledby={id}>
      <figcaption id={id} className="hw-membar-caption">
        Memory per GPU: {fmtGiB(plan.totalBytes)} total
        {shown > plan.totalBytes ? <strong className="hw-over"> — over capacity by {fmtGiB(shown - plan.totalBytes)}</strong> : null}
      </figcaption>
      <div className="hw-membar-track" role="img" aria-label={`Memory per GPU: ${summary}, of ${fmtGiB(plan.totalBytes)}`}>
        {segments.map((s) => {
          const pct = (s.bytes / scale) * 100;
          return pct <= 0 ? null : (
            <div key={s.key} className={`hw-seg hw-seg-${s.key}`} style={{ width: `${pct}%` }} title={`${s.label}: ${fmtGiB(s.bytes)}`}>
              {pct >= 14 ? <span className="hw-seg-label">{s.key === 'reserved' ? 'Reserved' : s.label}</span> : null}
            </div>
          );
        })}
      </div>
      <dl className="hw-membar-table">
        {segments.map((s) => (
          <div key={s.key} className="hw-membar-row">
            <dt>
              <span className={`hw-swatch hw-seg-${s.key}`} aria-hidden="true" />
              {s.label}
            </dt>
            <dd>
              {fmtGiB(s.bytes)} ({((s.bytes / plan.totalBytes) * 100).toFixed(0)}%)
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
