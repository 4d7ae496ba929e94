import type { MultipleItem, SingleItem } from '../../../quiz/schema.ts';

interface Props {
  readonly item: SingleItem | MultipleItem;
  readonly chosen: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly disabled: boolean;
  /** Option ids to mark as the right answer (after "show answer" or a correct answer). */
  readonly reveal: readonly string[] | null;
  readonly name: string;
  readonly legendId: string;
}

/** Radio buttons (single choice) or checkboxes (multiple choice) in a fieldset labelled by the prompt. */
export function ChoiceInput({ item, chosen, onChange, disabled, reveal, name, legendId }: Props) {
  const multi = item.kind === 'multiple';
  return (
    <fieldset className="quiz-choices" aria-labelledby={legendId}>
      {multi ? <p className="quiz-hint muted">Select all that apply.</p> : null}
      <ul>
        {item.options.map((o) => {
          const id = `${name}-${o.id}`;
          const checked = chosen.includes(o.id);
          const isRight = reveal?.includes(o.id) ?? false;
          return (
            <li key={o.id} className={`quiz-option${checked ? ' is-chosen' : ''}${isRight ? ' is-right' : ''}`}>
              <input
                id={id}
                type={multi ? 'checkbox' : 'radio'}
                name={name}
                value={o.id}
                checked={checked}
                disabled={disabled}
                onChange={(e) => {
                  if (!multi) onChange([o.id]);
                  else onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id));
                }}
              />
              <label htmlFor={id}>
                {o.text}
                {isRight ? <span className="quiz-mark quiz-mark-right"> — correct answer</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
