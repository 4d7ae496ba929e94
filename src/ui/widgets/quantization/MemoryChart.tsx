import type { QuantEstimate, QuantSchemeId } from '../../../sim/cost/index.ts';
import { SCHEME_IDS } from '../../../widget-models/quantization/settings.ts';
import { gib, int } from './format.ts';
import { SCHEME_SHORT } from './labels.ts';
import { Quantization, updateSettings } from './store.ts';

const pctOf = (part: number, whole: number) => `${Math.max(0, Math.min(100, (part / whole) * 100)).toFixed(2)}%`;

/**
 * The picture: one GPU's memory under every weight format, side by side on the same scale —
 * weights, the rest of vLLM's budget (activations, CUDA graphs), the KV cache, and the share
 * outside gpu_memory_utilization. Each row is a button that selects its format.
 */
export function MemoryChart() {
  const api = Quantization.useWidgetApi();
  const rows = Quantization.useWidget((s) => s.result.rows);
  const chosen = Quantization.useWidget((s) => s.settings.scheme);
  const kv = Quantization.useWidget((s) => s.settings.kvCacheDtype);
  const ctx = Quantization.useWidget((s) => s.settings.maxModelLen);
  return (
    <div className="qz-chart" role="group" aria-label="Memory of one GPU under each weight format">
      <p className="qz-chart-legend" aria-hidden="true">
        <span className="qz-key qz-seg-weights" /> weights <span className="qz-key qz-seg-other" /> activations, graphs <span className="qz-key qz-seg-kv" /> KV cache ({kv === 'fp8' ? 'fp8' : 'bf16'}){' '}
        <span className="qz-key qz-seg-reserved" /> outside gpu_memory_utilization
      </p>
      <ol className="qz-rows">
        {SCHEME_IDS.map((id) => (
          <ChartRow key={id} id={id} row={rows.find((r) => r.selection.scheme === id)} selected={id === chosen} ctx={ctx} onSelect={() => updateSettings(api, { scheme: id })} />
        ))}
      </ol>
    </div>
  );
}

function ChartRow({ id, row, selected, ctx, onSelect }: { readonly id: QuantSchemeId; readonly row: QuantEstimate | undefined; readonly selected: boolean; readonly ctx: number; readonly onSelect: () => void }) {
  const m = row?.memory;
  let text = '…';
  let label = `${SCHEME_SHORT[id]}: computing`;
  if (row && !m) {
    text = 'not run on this GPU';
    label = `${SCHEME_SHORT[id]}: ${row.problem ?? 'cannot run'}`;
  } else if (m && !m.fits) {
    text = `${gib(m.weightBytes)} weights: does not fit`;
    label = `${SCHEME_SHORT[id]}: weights ${gib(m.weightBytes)}, ${m.kvCacheBytes > 0 ? `KV holds ${int(m.kvCacheTokens)} tokens, less than one ${int(ctx)}-token request` : 'no room for a KV cache'}`;
  } else if (m) {
    text = `${gib(m.weightBytes)} · ${int(m.numGpuBlocks)} blocks · ${m.maxConcurrency.toFixed(1)}× ${ctx >= 1024 ? `${ctx / 1024}k` : ctx}`;
    label = `${SCHEME_SHORT[id]}: weights ${gib(m.weightBytes)}, KV cache ${gib(m.kvCacheBytes)} in ${int(m.numGpuBlocks)} blocks, ${m.maxConcurrency.toFixed(1)} requests of ${int(ctx)} tokens`;
  }
  return (
    <li className="qz-row" data-scheme={id} data-selected={selected || undefined} data-value={m?.numGpuBlocks ?? ''}>
      <button type="button" className="qz-row-btn" aria-pressed={selected} aria-label={label} onClick={onSelect}>
        <span className="qz-row-name">{SCHEME_SHORT[id]}</span>
        <span className="qz-bar" aria-hidden="true">
          {m ? (
            <>
              <span className="qz-seg qz-seg-weights" style={{ width: pctOf(m.weightBytes, m.totalBytes) }} />
              <span className="qz-seg qz-seg-other" style={{ width: pctOf(m.otherBytes, m.totalBytes) }} />
              <span className="qz-seg qz-seg-kv" style={{ width: pctOf(m.kvCacheBytes, m.totalBytes) }} />
              <span className="qz-seg qz-seg-reserved" style={{ width: pctOf(m.totalBytes - m.requestedBytes, m.totalBytes) }} />
            </>
          ) : null}
        </span>
        <span className="qz-row-text" aria-hidden="true">
          {text}
        </span>
      </button>
    </li>
  );
}
