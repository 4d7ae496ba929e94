import { liveSeqs } from './selectors.ts';
import { poolCounts } from './StatsLine.tsx';
import { useFrameView } from './useFrameView.ts';

/** "#3, #4, #9 … (+12)" */
function ids(blocks: Int32Array, max = 12): string {
  if (blocks.length === 0) return '—';
  const shown = Array.from(blocks.slice(0, max), (b) => `#${b}`).join(', ');
  return blocks.length > max ? `${shown} … (+${blocks.length - max})` : shown;
}

/**
 * The grid's state as tables, for screen-reader users (and anyone who prefers numbers): the
 * pool's block counts and every live sequence's blocks.
 */
export function TableView() {
  const { sim, frame } = useFrameView();
  const rows = (() => {
    const run = sim.paged;
    if (!run) return [];
    const ref = run.blocks.get(frame).ref;
    return liveSeqs(sim, frame).map((q) => {
      const t = run.tables.at(q.index, frame);
      let shared = 0;
      for (const b of t.blocks) if ((ref[b] as number) > 1) shared++;
      return { ...q, blocks: t.blocks, hits: t.hitBlocks, shared };
    });
  })();
  const pool = poolCounts(sim, frame);
  return (
    <div className="kv-table-view">
      <div className="kv-scroll" tabIndex={0} role="region" aria-label="Block pool summary">
        <table>
          <caption>Block pool</caption>
          <tbody>
            <tr>
              <th scope="row">In use by requests</th>
              <td>{pool.used}</td>
            </tr>
            <tr>
              <th scope="row">Free, still holding a cached prefix</th>
              <td>{pool.cachedFree}</td>
            </tr>
            <tr>
              <th scope="row">Free and empty</th>
              <td>{pool.free}</td>
            </tr>
            <tr>
              <th scope="row">Null block (never used)</th>
              <td>1</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="kv-scroll" tabIndex={0} role="region" aria-label="Requests and their blocks">
        <table>
          <caption>Requests in the engine ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">Status</th>
              <th scope="col">Tokens computed / total</th>
              <th scope="col">Blocks</th>
              <th scope="col">Shared</th>
              <th scope="col">Prefix hits</th>
              <th scope="col">Physical blocks</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                <td>{r.status}</td>
                <td>
                  {r.computed} / {r.tokens}
                </td>
                <td>{r.blocks.length}</td>
                <td>{r.shared}</td>
                <td>{r.hits}</td>
                <td>{ids(r.blocks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
