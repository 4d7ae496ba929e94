import type { ChooserResult } from '../../../content/patterns/chooser.ts';
import { MATRIX } from '../../../content/patterns/matrix.ts';
import { PATTERNS, type PatternId } from '../../../sim/patterns/index.ts';

const patternOf = (id: PatternId) => PATTERNS.find((p) => p.id === id);
const rowWhen = (id: string) => MATRIX.find((r) => r.id === id)?.when ?? id;

/** The recommended patterns in the order to add them, each with its reasons and a Lab link; then what to avoid. */
export function Results({ result }: { readonly result: ChooserResult }) {
  return (
    <div className="chooser-results">
      <h4 className="chooser-heading">Patterns to consider, in the order to add them</h4>
      {result.recommend.length === 0 ? <p>No row of the matrix applies to these answers: start from one tuned replica and measure.</p> : null}
      <ol className="chooser-list">
        {result.recommend.map((r) => {
          const p = patternOf(r.pattern);
          return (
            <li key={r.pattern} data-pattern={r.pattern}>
              <p className="chooser-name">
                <strong>{p?.label ?? r.pattern}</strong> <a href={r.labHref}>Open in the Lab ({r.workload} workload)</a>
              </p>
              <ul>
                {r.reasons.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
              {p ? <p className="chooser-muted">Implemented by: {p.implementedBy}.</p> : null}
            </li>
          );
        })}
      </ol>
      {result.avoid.length > 0 ? (
        <>
          <h4 className="chooser-heading">Patterns to avoid here</h4>
          <ul className="chooser-list">
            {result.avoid.map((a) => (
              <li key={a.pattern} data-avoid={a.pattern}>
                <p className="chooser-name">
                  <strong>{patternOf(a.pattern)?.label ?? a.pattern}</strong>
                </p>
                <ul>
                  {a.reasons.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                  {a.overruled.length > 0 ? <li>This overrules the row for {a.overruled.map(rowWhen).join(' and ')}.</li> : null}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="chooser-muted">
        Rules from the course’s sources; where the course’s model can show a rule, it has been run to confirm its direction:{' '}
        {result.applied
          .filter((r) => r.check)
          .map((r) => r.check)
          .join('; ') || 'none of the rules that apply here'}
        .
      </p>
    </div>
  );
}
