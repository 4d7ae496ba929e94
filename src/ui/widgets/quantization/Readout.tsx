import type { ReactNode } from 'react';
import type { Provenance, QuantEstimate } from '../../../sim/cost/index.ts';
import { chosenRow } from '../../../widget-models/quantization/model.ts';
import { gib, int, ms, pct, ratio, tokens } from './format.ts';
import { SCHEME_SHORT } from './labels.ts';
import { Quantization } from './store.ts';

/** A provenance label as text (colour is only a second cue). */
function Prov({ kind }: { readonly kind: Provenance }) {
  return (
    <span className="qz-prov" data-kind={kind}>
      {kind}
    </span>
  );
}

function Cell({ metric, value, label, children, prov }: { readonly metric: string; readonly value: number | string; readonly label: string; readonly children: ReactNode; readonly prov: Provenance }) {
  return (
    <div className="qz-cell" data-metric={metric} data-value={value}>
      <dt>
        {label} <Prov kind={prov} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

const vsBf16 = (x: number | undefined, base: number | undefined) => (x !== undefined && base !== undefined && base > 0 ? ` (${ratio(x / base)} bf16)` : '');

/** The chosen format's figures, each labelled with where it comes from. */
export function Readout() {
  const result = Quantization.useWidget((s) => s.result);
  const s = Quantization.useWidget((st) => st.settings);
  const row = chosenRow(result, s.scheme);
  const bf16 = chosenRow(result, 'bf16');
  if (result.error) {
    return (
      <p role="alert" className="qz-error">
        This set-up cannot run: {result.error}
      </p>
    );
  }
  return (
    <div className="qz-readout" aria-live="polite" aria-busy={!row}>
      <p className="qz-kernel" data-testid="qz-kernel">
        {row?.kernel ? (
          <>
            <strong>{SCHEME_SHORT[s.scheme]}</strong> runs as <strong>{row.kernel.mode}</strong>: {row.kernel.kernel}.
          </>
        ) : row ? (
          <>
            <strong>{SCHEME_SHORT[s.scheme]}</strong>: {row.problem}
          </>
        ) : (
          'Computing…'
        )}
      </p>
      {row?.problem && row.kernel ? <p className="qz-problem">{row.problem}</p> : <p className="qz-problem" aria-hidden="true" />}
      <dl className="qz-cells">
        <Cell metric="weights" value={row?.memory?.weightBytes ?? ''} label="Weights per GPU" prov="computed">
          {row?.memory ? `${gib(row.memory.weightBytes)}${vsBf16(row.memory.weightBytes, bf16?.memory?.weightBytes)}` : '—'}
        </Cell>
        <Cell metric="kv-blocks" value={row?.memory?.numGpuBlocks ?? ''} label="KV blocks (16 tokens)" prov="computed">
          {row?.memory ? <KvBlocks row={row} other={result.otherKv} kvIsFp8={s.kvCacheDtype === 'fp8'} /> : '—'}
        </Cell>
        <Cell metric="concurrency" value={row?.memory?.maxConcurrency ?? ''} label={`Max concurrency at ${tokens(s.maxModelLen)} tokens`} prov="computed">
          {row?.memory ? `${row.memory.maxConcurrency.toFixed(1)}×` : '—'}
        </Cell>
        <Cell metric="decode" value={row?.decode?.stepUs ?? ''} label={`Decode step, batch ${row?.decodeBatch || s.batch}`} prov={row?.decode?.provenance ?? 'estimated'}>
          {row?.decode ? `${ms(row.decode.stepUs)} · ${int(row.decode.tokensPerSecond)} tok/s${vsBf16(row.decode.stepUs, bf16?.decodeBatch === row.decodeBatch ? bf16.decode?.stepUs : undefined)}` : '—'}
        </Cell>
        <Cell metric="prefill" value={row?.prefill?.stepUs ?? ''} label={`Prefill of ${tokens(s.prefill)} tokens`} prov={row?.prefill?.provenance ?? 'estimated'}>
          {row?.prefill ? `${ms(row.prefill.stepUs)} · ${int(row.prefill.tokensPerSecond)} tok/s${vsBf16(row.prefill.stepUs, bf16?.prefill?.stepUs)}` : '—'}
        </Cell>
      </dl>
      <StepBasis row={row} batchCapped={row !== undefined && row.decodeBatch > 0 && row.decodeBatch < s.batch} batch={s.batch} />
    </div>
  );
}

function KvBlocks({ row, other, kvIsFp8 }: { readonly row: QuantEstimate; readonly other: QuantEstimate | null; readonly kvIsFp8: boolean }) {
  const m = row.memory!;
  const o = other?.memory;
  return (
    <>
      {int(m.numGpuBlocks)} · {int(m.kvBytesPerTokenPerGpu / 1024)} KiB/token
      {o && o.numGpuBlocks > 0 ? <span className="qz-sub"> ({ratio(m.numGpuBlocks / o.numGpuBlocks)} {kvIsFp8 ? 'auto' : 'fp8'} KV)</span> : null}
    </>
  );
}

/** Where the step times come from, in words; the measured layer beside the model's where one exists. */
function StepBasis({ row, batchCapped, batch }: { readonly row: QuantEstimate | undefined; readonly batchCapped: boolean; readonly batch: number }) {
  const d = row?.decode;
  const p = row?.prefill;
  return (
    <div className="qz-basis">
      <p>{d?.basis ?? p?.basis ?? 'Step times appear when the weights and one request fit.'}</p>
      <ul className="qz-measured">
        {d?.measured ? (
          <li data-metric="measured-decode" data-value={d.measured.measuredUs}>
            <Prov kind="measured" /> decode layer {d.measured.measuredUs.toFixed(1)} µs; model {d.measured.modelUs.toFixed(1)} µs ({pct(d.measured.errorPct)})
          </li>
        ) : null}
        {p?.measured ? (
          <li data-metric="measured-prefill" data-value={p.measured.measuredUs}>
            <Prov kind="measured" /> prefill layer {p.measured.measuredUs.toFixed(1)} µs; model {p.measured.modelUs.toFixed(1)} µs ({pct(p.measured.errorPct)})
          </li>
        ) : null}
        {!d?.measured && !p?.measured ? <li>No whole layer was timed at exactly this point (measured: Llama-3.1-8B, TP1, bf16 KV, on H100 and H200, in bf16 and FP8).</li> : null}
        {batchCapped ? <li>Only {row?.decodeBatch} sequences of this length fit in the KV cache, so the decode step runs {row?.decodeBatch}, not {batch}.</li> : null}
      </ul>
    </div>
  );
}
