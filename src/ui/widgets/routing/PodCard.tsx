import { memo } from 'react';
import type { ClusterTimeline, PodFrame } from '../../../sim/cluster/index.ts';
import { groupColour } from './colour.ts';

/** Chip rows per pod (fixed, so cards keep their height); with more prefixes the last row says "+N more". */
const CHIP_ROWS = 3;

const ROLE_TEXT = { 'prefill-decode': 'prefill + decode', prefill: 'prefill', decode: 'decode' } as const;

/**
 * One replica: its live queue, running requests and KV usage (as vLLM reports them), and the
 * shared prefixes (tenant system prompts, documents) its prefix cache holds right now.
 */
export const PodCard = memo(function PodCard({ timeline, pod, data, picked, prefillPicked }: {
  readonly timeline: ClusterTimeline;
  readonly pod: number;
  readonly data: PodFrame | undefined;
  /** The explained request went here (decode / aggregated pod). */
  readonly picked: boolean;
  /** The explained request was prefilled here. */
  readonly prefillPicked: boolean;
}) {
  const name = timeline.podNames[pod] ?? `pod ${pod}`;
  const role = timeline.podRoles[pod] ?? 'prefill-decode';
  const kv = Math.round((data?.kvCacheUsage ?? 0) * 100);
  const groups = data?.groups ?? [];
  const hasGroups = timeline.workload.groups.length > 0;
  const tokensCached = (data?.cachedBlocks ?? 0) * timeline.config.deployment.blockSize;
  return (
    <li className="rt-pod" data-anchor={`pod-${pod}`} data-picked={picked || prefillPicked ? 'true' : 'false'} data-pod={pod}>
      <div className="rt-pod-head">
        <strong>{name}</strong>
        <span className="rt-role">{ROLE_TEXT[role]}</span>
      </div>
      {/* Always present (hidden when not picked), so a pick never changes the card's height. */}
      <span className="rt-picked" data-on={picked || prefillPicked ? 'true' : 'false'} aria-hidden={picked || prefillPicked ? undefined : true}>
        {prefillPicked ? '◆ prefilled here' : '✓ picked'}
      </span>
      <dl className="rt-pod-stats">
        <div>
          <dt>Queue</dt>
          <dd data-metric="waiting">{data?.waiting ?? 0}</dd>
        </div>
        <div>
          <dt>Running</dt>
          <dd data-metric="running">{data?.running ?? 0}</dd>
        </div>
      </dl>
      <div className="rt-kv" title="vllm:kv_cache_usage_perc">
        <span className="rt-kv-label">KV {kv} %</span>
        <span className="rt-bar" aria-hidden="true">
          <span className={kv >= 90 ? 'rt-bar-fill rt-bar-high' : 'rt-bar-fill'} style={{ width: `${kv}%` }} />
        </span>
      </div>
      {timeline.config.tiers.cpu ? (
        <p className="rt-cached-tokens" data-metric="cpu-tier">
          CPU tier: {((data?.cpuBlocks ?? 0) * timeline.config.deployment.blockSize).toLocaleString('en-US')} tokens
        </p>
      ) : null}
      {hasGroups ? (
        <ul className="rt-chips" aria-label={`Shared prefixes cached on ${name}`}>
          {groups.length === 0 ? <li className="rt-chip-none">no shared prefix cached</li> : null}
          {groups.slice(0, groups.length > CHIP_ROWS ? CHIP_ROWS - 1 : CHIP_ROWS).map(([g, full]) => {
            const label = timeline.workload.groups[g]?.label ?? `#${g}`;
            return (
              <li key={g} className={full === 2 ? 'rt-chip' : 'rt-chip rt-chip-partial'} title={full === 2 ? `${label}: whole prefix cached` : `${label}: only its start cached`}>
                <span className="rt-dot" style={{ backgroundColor: groupColour(g) }} aria-hidden="true" />
                {label}
                {full === 2 ? '' : ' (part)'}
              </li>
            );
          })}
          {groups.length > CHIP_ROWS ? <li className="rt-chip-more">+{groups.length - (CHIP_ROWS - 1)} more</li> : null}
        </ul>
      ) : (
        <p className="rt-cached-tokens">Prefix cache: {tokensCached.toLocaleString('en-US')} tokens (in use or reusable)</p>
      )}
    </li>
  );
});
