import { adapterLabel } from '../../../widget-models/lora/settings.ts';
import { QUEUE_SHOWN } from '../../../widget-models/lora/simulate.ts';
import type { LoraFrame } from '../../../widget-models/lora/types.ts';
import { AdapterChip } from './AdapterChip.tsx';
import { formatMs } from './format.ts';
import { Lora } from './store.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The moment on screen: what each GPU slot and CPU cache entry holds, how many requests of each
 * adapter run, and the head of the waiting queue with why each one waits. Fixed rows, so nothing
 * below moves while playing.
 */
export function NowPanel() {
  const f = Lora.useWidget((s) => s.result.frames[Math.min(s.panelFrame, s.result.frames.length - 1)]);
  const maxCpu = Lora.useWidget((s) => s.settings.maxCpuLoras);
  const maxLoras = Lora.useWidget((s) => s.settings.maxLoras);
  const loadsSoFar = Lora.useWidget((s) => s.result.frames.slice(0, s.panelFrame + 1).reduce((a, x) => a + x.loads.length, 0));
  const hitsSoFar = Lora.useWidget((s) => s.result.frames.slice(0, s.panelFrame + 1).reduce((a, x) => a + x.hits.length, 0));
  if (!f) return <div className="lr-now-panel" />;
  return (
    <div className="lr-now-panel">
      <section className="lr-box" aria-label="GPU adapter slots now">
        <h4 className="widget-panel-title">GPU slots (--max-loras {maxLoras})</h4>
        <ul className="lr-slots">
          {f.slots.map((a, k) => (
            <li key={k} className="lr-slot">
              <span className="lr-slot-name">slot {k + 1}</span>
              {a >= 0 ? (
                <>
                  <AdapterChip adapter={a} />
                  <span className="lr-slot-note">{f.batch.includes(a) ? `${f.running[a] ?? 0} running` : 'idle, kept (LRU)'}</span>
                </>
              ) : (
                <span className="lr-slot-note muted">empty</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="lr-box" aria-label="CPU adapter cache now">
        <h4 className="widget-panel-title">CPU cache (--max-cpu-loras {maxCpu})</h4>
        <p className="lr-cpu" aria-label={`least to most recently used: ${f.cpu.map(adapterLabel).join(', ') || 'empty'}`}>
          {Array.from({ length: maxCpu }, (_, i) => {
            const a = f.cpu[i];
            return a === undefined ? <span key={i} className="lr-chip lr-chip-empty" aria-hidden="true" /> : <AdapterChip key={i} adapter={a} />;
          })}
        </p>
        <p className="widget-hint">Least recently used first. So far: {loadsSoFar} loads from storage (▲), {hitsSoFar} CPU-cache hits (●).</p>
      </section>
      <WaitingList f={f} maxLoras={maxLoras} />
    </div>
  );
}

function WaitingList({ f, maxLoras }: { readonly f: LoraFrame; readonly maxLoras: number }) {
  const waiting = sum(f.waiting);
  const deferred = sum(f.deferred);
  return (
    <section className="lr-box lr-queue" aria-label="Waiting requests now" data-metric="deferred-now" data-value={deferred} data-time={f.tMs}>
      <h4 className="widget-panel-title">
        Waiting: {waiting} · skipped for max_loras: {deferred} · running: {sum(f.running)}
      </h4>
      <ol className="lr-queue-list">
        {Array.from({ length: QUEUE_SHOWN }, (_, i) => {
          const q = f.queue[i];
          if (!q) return <li key={i} className="lr-queue-row lr-queue-empty" aria-hidden="true" />;
          return (
            <li key={i} className={`lr-queue-row${q.deferred ? ' lr-queue-deferred' : ''}`}>
              <AdapterChip adapter={q.adapter} />
              <span className="lr-queue-id">{q.id}</span>
              <span className="lr-queue-wait">{formatMs(q.waitedMs)}</span>
              <span className="lr-queue-why">
                {q.deferred ? `skipped: batch holds ${f.batch.map(adapterLabel).join(', ')} (max_loras ${maxLoras})` : 'queued (arrived, or behind the token budget)'}
              </span>
            </li>
          );
        })}
      </ol>
      {waiting > QUEUE_SHOWN ? <p className="widget-hint">…and {waiting - QUEUE_SHOWN} more.</p> : <p className="widget-hint">&nbsp;</p>}
    </section>
  );
}
