import type { AcronymItem, NumericItem } from '../../../quiz/schema.ts';
import { unitsLike } from '../../../quiz/units.ts';

interface AcronymProps {
  readonly item: AcronymItem;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly onSubmit: () => void;
  readonly disabled: boolean;
  readonly name: string;
  readonly promptId: string;
}

/** Free-text expansion of an abbreviation; Enter checks the answer. */
export function AcronymInput({ item, value, onChange, onSubmit, disabled, name, promptId }: AcronymProps) {
  const id = `${name}-text`;
  return (
    <div className="quiz-text">
      <label htmlFor={id}>What {item.acronym} stands for</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-describedby={promptId}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
    </div>
  );
}

interface NumericProps {
  readonly item: NumericItem;
  readonly value: string;
  readonly unit: string;
  readonly onChange: (value: string, unit: string) => void;
  readonly onSubmit: () => void;
  readonly disabled: boolean;
  readonly name: string;
  readonly promptId: string;
}

/** A number plus a unit (a select when the answer may be given in several units of one kind). */
export function NumericInput({ item, value, unit, onChange, onSubmit, disabled, name, promptId }: NumericProps) {
  const id = `${name}-value`;
  const unitId = `${name}-unit`;
  const units = unitsLike(item.unit);
  return (
    <div className="quiz-numeric">
      <div className="quiz-numeric-value">
        <label htmlFor={id}>Your answer</label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-describedby={promptId}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value, unit)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSubmit();
            }
          }}
        />
      </div>
      {units.length > 1 ? (
        <div className="quiz-numeric-unit">
          <label htmlFor={unitId}>Unit</label>
          <select id={unitId} value={unit} disabled={disabled} onChange={(e) => onChange(value, e.target.value)}>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <span className="quiz-numeric-fixed-unit">{item.unit}</span>
      )}
    </div>
  );
}
