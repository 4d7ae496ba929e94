import type { ReactNode } from 'react';
import { expectedTokensPerStepRates } from '../../../sim/engine/index.ts';
import { acceptanceRates } from '../../../widget-models/spec-decoding/settings.ts';
import { frameAt } from './DraftRows.tsx';
import { fixed2, int } from './format.ts';
import { Spec } from './store.ts';

/**
 * vLLM's spec-decode counters up to the step on screen, by their Prometheus names, and the
 * figures its logger derives from them. The expected value under the model's acceptance rates
 * (Leviathan et al., Eq. 1 for i.i.d. acceptance) sits beside the mean acceptance length.
 */
export function MetricsTable() {
  const f = Spec.useWidget((s) => frameAt(s.result.frames, s.panelFrame));
  const settings = Spec.useWidget((s) => s.result.settings);
  const c = f?.counters;
  const drafts = c?.numDrafts ?? 0;
  const rate = c && c.numDraftTokens > 0 ? c.numAcceptedTokens / c.numDraftTokens : null;
  const mal = c && drafts > 0 ? 1 + c.numAcceptedTokens / drafts : null;
  const expected = settings ? expectedTokensPerStepRates(acceptanceRates(settings)) : null;
  const row = (metric: string, name: ReactNode, value: string, raw: number | null, note?: string) => (
    <tr key={metric} data-metric={metric} data-value={raw ?? ''}>
      <th scope="row">{name}</th>
      <td>{value}</td>
      <td className="sd-note">{note ?? ''}</td>
    </tr>
  );
  return (
    <table className="sd-metrics">
      <caption>vLLM’s speculative-decoding metrics, up to this step</caption>
      <thead>
        <tr>
          <th scope="col">metric</th>
          <th scope="col">value</th>
          <th scope="col" className="sd-note">
            meaning
          </th>
        </tr>
      </thead>
      <tbody>
        {row('num_drafts', <code>vllm:spec_decode_num_drafts</code>, c ? int(c.numDrafts) : '—', c?.numDrafts ?? null, 'verification rounds (one per request per step with drafts)')}
        {row('num_draft_tokens', <code>vllm:spec_decode_num_draft_tokens</code>, c ? int(c.numDraftTokens) : '—', c?.numDraftTokens ?? null, 'drafts verified')}
        {row('num_accepted_tokens', <code>vllm:spec_decode_num_accepted_tokens</code>, c ? int(c.numAcceptedTokens) : '—', c?.numAcceptedTokens ?? null, 'drafts accepted')}
        {(c?.numAcceptedTokensPerPos ?? []).map((a, i) =>
          row(
            `per_pos_${i}`,
            <>
              <code>…_num_accepted_tokens_per_pos</code> <code>{`{position="${i}"}`}</code>
            </>,
            `${int(a)}${drafts > 0 ? ` (${fixed2(a / drafts)})` : ''}`,
            drafts > 0 ? a / drafts : null,
            i === 0 ? 'accepted at this draft position; in brackets ÷ num_drafts' : undefined,
          ),
        )}
        {row('acceptance_rate', 'Draft acceptance rate', rate !== null ? fixed2(rate) : '—', rate, 'accepted ÷ draft tokens')}
        {row('mean_acceptance_length', 'Mean acceptance length', mal !== null ? fixed2(mal) : '—', mal, expected !== null ? `1 + accepted ÷ drafts; the model’s rates give ${fixed2(expected)} on average` : '1 + accepted ÷ drafts')}
      </tbody>
    </table>
  );
}
