import { useId } from 'react';
import type { RunSummary } from '../../../widget-models/kv-paging/types.ts';
import { effectiveShare, type Waste } from '../../../widget-models/kv-paging/waste.ts';
import { RegionMap } from './RegionMap.tsx';
import { contiguousFrameAt, formatTime, pagedFrameAt } from './selectors.ts';
import { useFrameView } from './useFrameView.ts';
import { WASTE_PARTS, WasteBar } from './WasteBar.tsx';

const pct = (n: number, of: number) => (of > 0 ? (n / of) * 100 : 0);

function Column({ kind, title, waste, running, run, extra }: { kind: 'paged' | 'contiguous'; title: string; waste: Waste; running: number; run: RunSummary; extra?: React.ReactNode }) {
  const headingId = useId();
  const share = effectiveShare(waste) * 100;
  return (
    <section className={`kv-compare-col kv-compare-${kind}`} aria-labelledby={headingId}>
      <h5 id={headingId}>{title}</h5>
      <p className="kv-share">
        Token states:{' '}
        <strong data-metric={`${kind}-token-share`} data-value={share.toFixed(2)}>
          {waste.free === waste.capacity ? '—' : `${share.toFixed(1)} %`}
        </strong>{' '}
        of the memory in use
      </p>
      <WasteBar waste={waste} label={`${title}: ${WASTE_PARTS.map((p) => `${p.label} ${pct(waste[p.key], waste.capacity).toFixed(1)} %`).join(', ')}`} />
      {extra}
      <dl className="kv-waste-list">
        {WASTE_PARTS.map((p) => (
          <div key={p.key} className={p.cls}>
            <dt>
              <span className="kv-key" aria-hidden="true" />
              {p.label}
            </dt>
            <dd data-metric={`${kind}-${p.key}`} data-value={pct(waste[p.key], waste.capacity).toFixed(3)} data-slots={waste[p.key]}>
              {waste[p.key].toLocaleString('en-US')} slots ({pct(waste[p.key], waste.capacity).toFixed(1)} %)
            </dd>
          </div>
        ))}
        <div>
          <dt>Running now / most in the run</dt>
          <dd data-metric={`${kind}-max-running`} data-value={run.maxRunning}>
            {running} / {run.maxRunning}
            {run.done ? '' : '+'}
          </dd>
        </div>
        <div>
          <dt>First waited for memory (whole run)</dt>
          <dd data-metric={`${kind}-first-wait`}>{run.firstWaitUs === null ? (run.done ? 'never' : 'not yet') : `at ${formatTime(run.firstWaitUs)}`}</dd>
        </div>
        <div>
          <dt>Preemptions</dt>
          <dd>{run.preemptions}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * Before and after: the same workload on the contiguous allocator prior systems used and on
 * vLLM's paged one, at the same simulated time.
 */
export function ComparisonPanel({ headingLevel = 4 }: { readonly headingLevel?: 3 | 4 }) {
  const { sim, frame } = useFrameView();
  const titleId = useId();
  const p = pagedFrameAt(sim, frame);
  const c = sim.contiguous?.frames[contiguousFrameAt(sim, p?.timeUs ?? 0)];
  const H = `h${headingLevel}` as const;
  if (!p || !c || !sim.paged || !sim.contiguous) return null;
  return (
    <section className="kv-compare" aria-labelledby={titleId}>
      <H id={titleId} className="widget-panel-title">
        Before and after, at {formatTime(p.timeUs)}
      </H>
      <div className="kv-compare-cols">
        <Column
          kind="contiguous"
          title="Contiguous (before PagedAttention)"
          waste={c.waste}
          running={c.running}
          run={sim.contiguous}
          extra={<RegionMap frame={c} capacity={sim.contiguous.capacity} needNext={c.waste.external > 0} />}
        />
        <Column kind="paged" title="Paged (vLLM)" waste={p.waste} running={p.running} run={sim.paged} />
      </div>
    </section>
  );
}
