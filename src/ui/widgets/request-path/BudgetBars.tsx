import type { TracedRequest } from '../../../widget-models/request-path/simulate.ts';
import { fmtInt, fmtUs } from './format.ts';
import { RequestPath } from './store.ts';

interface Segment {
  readonly key: string;
  readonly label: string;
  readonly fromUs: number;
  readonly us: number;
}

/** One bar: segments sized by their share of `totalUs`, each filled up to `atUs`. No text on the bar. */
function Bar({ label, segments, totalUs, atUs }: { readonly label: string; readonly segments: readonly Segment[]; readonly totalUs: number; readonly atUs: number }) {
  return (
    <div className="rp-bar" role="img" aria-label={`${label}: ${segments.map((s) => `${s.label} ${fmtUs(s.us)}`).join(', ')}`}>
      {segments.map((s) => {
        const left = totalUs > 0 ? (s.fromUs / totalUs) * 100 : 0;
        const width = totalUs > 0 ? (s.us / totalUs) * 100 : 0;
        const filled = s.us > 0 ? Math.min(1, Math.max(0, (atUs - s.fromUs) / s.us)) : 0;
        return (
          <span key={s.key} className={`rp-seg rp-seg-${s.key}`} style={{ left: `${left}%`, width: `${width}%` }}>
            <span className="rp-seg-fill" style={{ transform: `scaleX(${filled})` }} />
          </span>
        );
      })}
    </div>
  );
}

function Legend({ items }: { readonly items: readonly { readonly key: string; readonly label: string; readonly value: string; readonly metric: string; readonly us: number }[] }) {
  return (
    <dl className="rp-legend">
      {items.map((it) => (
        <div key={it.key} className="rp-legend-item">
          <dt>
            <span className={`rp-swatch rp-seg-${it.key}`} aria-hidden="true" />
            {it.label}
          </dt>
          <dd data-metric={it.metric} data-value={Math.round(it.us)}>
            {it.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The latency budget: TTFT's parts (queue wait, prefill) and the whole request (TTFT, decode), filling as the request moves. */
export function BudgetBars() {
  const r: TracedRequest | null = RequestPath.useWidget((s) => s.result.traced);
  const atUs = RequestPath.useWidget((s) => s.result.frames[Math.min(s.playback.frame, s.result.frames.length - 1)]?.atUs ?? 0);
  const q = r?.queueUs ?? 0;
  const ttft = r?.ttftUs ?? 0;
  const e2e = r?.e2eUs ?? 0;
  return (
    <section className="rp-budget" aria-labelledby="rp-budget-title">
      <h4 id="rp-budget-title" className="widget-panel-title">
        Latency budget of this request{' '}
        <span className="rp-elapsed" data-metric="elapsed" data-value={Math.round(atUs)}>
          {r ? `${fmtUs(atUs)} so far` : 'computing…'}
        </span>
      </h4>
      <p className="rp-bar-title">Time to first token (TTFT) = queue wait + prefill</p>
      <Bar
        label="Time to first token"
        totalUs={ttft}
        atUs={atUs}
        segments={[
          { key: 'queue', label: 'queue wait', fromUs: 0, us: q },
          { key: 'prefill', label: 'prefill', fromUs: q, us: ttft - q },
        ]}
      />
      <Legend
        items={[
          { key: 'assumed', label: 'Gateway hop + picker', value: 'not modelled: 0 ms assumed', metric: 'gateway', us: 0 },
          { key: 'queue', label: 'Queue wait', value: r ? fmtUs(q) : '…', metric: 'queue', us: q },
          { key: 'prefill', label: 'Prefill', value: r ? fmtUs(ttft - q) : '…', metric: 'prefill', us: ttft - q },
          { key: 'ttft', label: 'TTFT', value: r ? fmtUs(ttft) : '…', metric: 'ttft', us: ttft },
        ]}
      />
      <p className="rp-bar-title">End to end = TTFT + decode, one token per step</p>
      <Bar
        label="End-to-end latency"
        totalUs={e2e}
        atUs={atUs}
        segments={[
          { key: 'ttft', label: 'TTFT', fromUs: 0, us: ttft },
          { key: 'decode', label: 'decode', fromUs: ttft, us: e2e - ttft },
        ]}
      />
      <Legend
        items={[
          { key: 'decode', label: 'Decode', value: r ? `${fmtInt(Math.max(0, r.outputTokens - 1))} tokens × ${fmtUs(r.tpotUs)} = ${fmtUs(r.decodeUs)}` : '…', metric: 'decode', us: r?.decodeUs ?? 0 },
          { key: 'e2e', label: 'End to end', value: r ? fmtUs(e2e) : '…', metric: 'e2e', us: e2e },
        ]}
      />
    </section>
  );
}
