import type { MatchItem } from '../../../quiz/schema.ts';

interface Props {
  readonly item: MatchItem;
  readonly choices: readonly string[];
  readonly picks: readonly (string | null)[];
  readonly onChange: (picks: (string | null)[]) => void;
  readonly disabled: boolean;
  readonly reveal: boolean;
  readonly name: string;
  readonly legendId: string;
}

/** Term ↔ definition matching without drag and drop: one labelled select per left-hand item. */
export function MatchInput({ item, choices, picks, onChange, disabled, reveal, name, legendId }: Props) {
  return (
    <fieldset className="quiz-match" aria-labelledby={legendId}>
      <p className="quiz-hint muted">For each item, choose its match.</p>
      <ol>
        {item.pairs.map((pair, i) => {
          const id = `${name}-${i}`;
          return (
            <li key={pair.left}>
              <label htmlFor={id} className="quiz-match-left">
                {pair.left}
              </label>
              <select
                id={id}
                value={picks[i] ?? ''}
                disabled={disabled}
                onChange={(e) => {
                  const next = [...picks];
                  next[i] = e.target.value === '' ? null : e.target.value;
                  onChange(next);
                }}
              >
                <option value="">Choose a match…</option>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
              {reveal ? (
                <p className="quiz-reveal">
                  <span className="quiz-mark quiz-mark-right">Correct match:</span> {pair.right}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
