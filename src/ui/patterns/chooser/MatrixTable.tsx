import { useId } from 'react';
import { MATRIX, type MatrixRow } from '../../../content/patterns/matrix.ts';

/**
 * The decision matrix as a table: every row, with the rows that apply to the current answers
 * marked in words (not by colour alone). Scrolls sideways on a narrow screen.
 */
export function MatrixTable({ applied }: { readonly applied: readonly MatrixRow[] }) {
  const on = new Set(applied.map((r) => r.id));
  const titleId = useId();
  return (
    <div className="chooser-matrix">
      <h4 className="chooser-heading" id={titleId}>
        The decision matrix
      </h4>
      <p className="chooser-hint">Rows marked “applies” match your answers. Where two rows point different ways, the objective wins.</p>
      <div className="chooser-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="chooser-table">
          <thead>
            <tr>
              <th scope="col">If the workload has…</th>
              <th scope="col">Consider</th>
              <th scope="col">Because</th>
              <th scope="col">Your answers</th>
            </tr>
          </thead>
          <tbody>
            {MATRIX.map((r) => (
              <tr key={r.id} data-row={r.id} data-applies={on.has(r.id) ? 'true' : 'false'}>
                <th scope="row">{r.when}</th>
                <td>{r.consider}</td>
                <td>{r.because}</td>
                <td>{on.has(r.id) ? <strong>applies</strong> : <span className="chooser-muted">–</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
