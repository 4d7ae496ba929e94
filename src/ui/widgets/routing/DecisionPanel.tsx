import { useId } from 'react';
import { BUILTIN_REGISTRY, type ClusterTimeline, type ProfileResult, type RequestTrack, type RoutingDecision } from '../../../sim/cluster/index.ts';
import { ActionButton } from '../kit/ActionButton.tsx';
import { FixedBody } from '../kit/NarrationPanel.tsx';
import { ROUTING_ACTIONS } from './actions.ts';
import { explainedIndex, formatLatency, formatSeconds, groupLabel, runOf } from './selectors.ts';
import { Routing } from './store.ts';
import { useRoutingView } from './useRoutingView.ts';
import { groupDigits } from '../../../sim/core/groupDigits.ts';

const n = (x: number) => groupDigits(x);

function ScoreTable({ t, r, caption }: { readonly t: ClusterTimeline; readonly r: ProfileResult; readonly caption: string }) {
  const name = (p: number) => t.podNames[p] ?? `pod ${p}`;
  const rows = [...r.rows].sort((a, b) => b.total - a.total);
  return (
    <div className="rt-table-wrap" role="region" aria-label={`${caption} (scrolls sideways)`} tabIndex={0}>
      <table className="rt-scores">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Pod</th>
            <th scope="col">Total</th>
            {r.scorers.map((s) => (
              <th scope="col" key={s.type} title={BUILTIN_REGISTRY.scorers.get(s.type)?.formula}>
                {BUILTIN_REGISTRY.scorers.get(s.type)?.label ?? s.type} ×{s.weight}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const picked = row.pod === r.picked;
            return (
              <tr key={row.pod} className={picked ? 'rt-row-picked' : undefined} aria-current={picked ? 'true' : undefined}>
                <th scope="row">
                  {name(row.pod)}
                  {picked ? <span className="rt-pick-mark"> ✓ picked</span> : null}
                </th>
                <td>
                  <strong>{row.total.toFixed(2)}</strong>
                </td>
                {row.raw.map((raw, i) => (
                  <td key={i}>
                    {raw.toFixed(2)} <span className="rt-weighted">→ {(row.weighted[i] ?? 0).toFixed(2)}</span>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {r.filtered.length > 0 ? (
        <p className="rt-filtered">
          Filtered out before scoring:{' '}
          {r.filtered.map((f) => `${name(f.pod)} (${f.by})`).join(', ')}.
        </p>
      ) : null}
      {r.tie ? <p className="rt-filtered">Several pods shared the top total; max-score-picker broke the tie at random (from the seed).</p> : null}
    </div>
  );
}

function Outcome({ t, tr }: { readonly t: ClusterTimeline; readonly tr: RequestTrack }) {
  const src = tr.source;
  const parts: string[] = [];
  if (src) {
    parts.push(`${n(src.hbmTokens)} of ${n(src.promptTokens)} prompt tokens were in the prefix cache (HBM)`);
    if (src.cpuTokens + src.storageTokens > 0) {
      parts.push(`${n(src.cpuTokens + src.storageTokens)} loaded from ${src.storageTokens > 0 ? 'CPU/storage' : 'CPU'} in ${formatLatency(src.loadUs / 1e6)} (recompute ≈ ${formatLatency(src.recomputeUs / 1e6)})`);
    }
  }
  if (tr.transferUs > 0) parts.push(`KV moved to ${t.podNames[tr.pod]} in ${formatLatency(tr.transferUs / 1e6)}`);
  if (tr.firstTokenUs >= 0) parts.push(`first token after ${formatLatency((tr.firstTokenUs - tr.arrivalUs) / 1e6)}`);
  if (tr.finishUs >= 0 && tr.outputTokens > 1) parts.push(`${n(tr.outputTokens)} tokens at ${formatLatency((tr.finishUs - tr.firstTokenUs) / 1e6 / (tr.outputTokens - 1))} each`);
  if (parts.length === 0) return null;
  return <p className="rt-outcome">Outcome (whole run): {parts.join('; ')}.</p>;
}

function Decision({ t, tr, d }: { readonly t: ClusterTimeline; readonly tr: RequestTrack; readonly d: RoutingDecision }) {
  const name = (p: number) => t.podNames[p] ?? `pod ${p}`;
  const grp = groupLabel(t, tr.group);
  const head = `${tr.id}${grp ? ` · ${grp}` : ''} · ${n(tr.promptTokens)}-token prompt · arrived at ${formatSeconds(tr.arrivalUs)}`;
  if (d.policy !== 'epp') {
    return (
      <>
        <p className="rt-decision-head">{head}</p>
        <p>
          The Service sent it to <strong>{name(d.pod)}</strong> ({d.policy === 'round-robin' ? 'the next pod in turn' : 'a pod at random'}). kube-proxy never reads the
          prompt, so there are no scores: the router&apos;s index would have predicted {n(d.predictedHitBlocks)} of {n(d.promptBlocks)} blocks cached there.
        </p>
        <Outcome t={t} tr={tr} />
      </>
    );
  }
  const [first, second] = d.profiles;
  return (
    <>
      <p className="rt-decision-head">{head}</p>
      {first ? <ScoreTable t={t} r={first} caption={`${first.profile === 'decode' ? 'Decode profile' : 'Scheduler profile'}: the total, then each scorer's raw score → × weight`} /> : null}
      {d.pd ? (
        <p className="rt-decider">
          {d.pd.decider}: {n(d.pd.promptTokens)}-token prompt, {n(d.pd.cachedTokens)} cached on {name(d.pod)}
          {d.pd.decider === 'prefix-based-pd-decider' ? `, threshold ${n(d.pd.threshold)} uncached tokens` : ''} →{' '}
          <strong>{d.pd.disaggregate ? 'disaggregate' : 'prefill locally on the decode pod'}</strong>.
        </p>
      ) : null}
      {second ? <ScoreTable t={t} r={second} caption="Prefill profile" /> : null}
      <Outcome t={t} tr={tr} />
    </>
  );
}

/**
 * The Endpoint Picker's score table for one request: each scorer's raw score and weighted
 * contribution per pod, the total and the pick — the selected request, or the latest one.
 */
export function DecisionPanel() {
  const api = Routing.useWidgetApi();
  const { frame, side, sel } = useRoutingView();
  const titleId = useId();
  const t = Routing.useWidget((s) => runOf(s, s.settings.side));
  const idx = Routing.useWidget((s) => explainedIndex(s, s.panelFrame));
  const tr = t && idx >= 0 ? t.tracks[idx] : undefined;
  const d = t && idx >= 0 ? t.decisions[idx] : undefined;
  void frame;
  return (
    <section className="rt-decision widget-fixed-panel" aria-labelledby={titleId}>
      <h4 id={titleId} className="widget-panel-title">
        Why this pod? {sel >= 0 ? `Request ${tr?.id ?? ''}` : 'The latest request'} on side {side.toUpperCase()}
      </h4>
      <div className="rt-decision-nav" role="group" aria-label="Choose the request">
        {(['previous-request', 'next-request', 'follow-latest'] as const).map((id) => {
          const a = ROUTING_ACTIONS.get(id);
          return a ? <ActionButton key={id} action={a} api={api} className="btn btn-small" /> : null;
        })}
      </div>
      <FixedBody label="Why this pod?">{t && tr && d ? <Decision t={t} tr={tr} d={d} /> : <p className="muted">No request has arrived yet: press Play or Step forward.</p>}</FixedBody>
    </section>
  );
}
