import { liveSeqs } from './selectors.ts';
import { useFrameView } from './useFrameView.ts';

interface Row {
  readonly logical: number;
  readonly physical: number;
  readonly tokens: number;
  readonly from: number;
  readonly notes: string;
}

/**
 * The selected sequence's block table: logical block → physical block, tokens in each, and
 * which blocks came from the prefix cache, are shared, or were copied on write.
 */
export function BlockTable() {
  const { sim, frame, sel } = useFrameView();
  const data = (() => {
    const seq = sel === null ? undefined : sim.workload.byId.get(sel);
    const run = sim.paged;
    if (!seq || !run) return null;
    const live = liveSeqs(sim, frame).find((q) => q.id === seq.id);
    const table = run.tables.at(seq.index, frame);
    const ref = run.blocks.get(frame).ref;
    const bs = sim.blockSize;
    const computed = live?.computed ?? 0;
    const promptLen = (sim.workload.specs[seq.spec]?.prompt ?? []).reduce((n, p) => n + p.tokens, 0);
    const kindOf = (from: number, n: number) => (n === 0 ? '' : from + n <= promptLen ? 'prompt' : from >= promptLen ? 'output' : 'prompt + output');
    const rows: Row[] = Array.from(table.blocks, (b, i) => {
      const tokens = Math.max(0, Math.min(bs, computed - i * bs));
      const notes = [
        kindOf(i * bs, tokens),
        i < table.hitBlocks ? 'prefix-cache hit' : '',
        (ref[b] as number) > 1 ? `shared by ${ref[b]}` : '',
        table.copied.includes(i) ? 'copied on write' : '',
      ].filter(Boolean);
      return { logical: i, physical: b, tokens, from: i * bs, notes: notes.join(', ') };
    });
    return { seq, live, rows, hits: table.hitBlocks, bs };
  })();
  if (!data) return <p className="muted">Select a request (click a block, use the list, or press N) to see its block table.</p>;
  const { seq, live, rows, hits, bs } = data;
  if (!live || rows.length === 0) {
    return (
      <p>
        <strong>{seq.label}</strong> holds no blocks at this moment ({live ? `${live.status}, nothing computed yet` : 'not arrived yet, or already finished'}).
      </p>
    );
  }
  const used = rows.reduce((n, r) => n + r.tokens, 0);
  return (
    <div className="kv-block-table">
      <p>
        <strong>{seq.label}</strong>: {live.computed} tokens computed in {rows.length} blocks of {bs} ({rows.length * bs - used} empty slots in the last block
        {hits > 0 ? `; ${hits} blocks from the prefix cache` : ''}).
      </p>
      <div className="kv-scroll" tabIndex={0} role="region" aria-label={`Block table of ${seq.label}`}>
        <table>
          <caption className="visually-hidden">Block table of {seq.label}: logical to physical blocks</caption>
          <thead>
            <tr>
              <th scope="col">Logical</th>
              <th scope="col">Physical</th>
              <th scope="col">Tokens</th>
              <th scope="col">Positions</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.logical}>
                <td>{r.logical}</td>
                <td>#{r.physical}</td>
                <td>
                  {r.tokens}/{bs}
                </td>
                <td>{r.tokens > 0 ? `${r.from}–${r.from + r.tokens - 1}` : '—'}</td>
                <td>{r.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
