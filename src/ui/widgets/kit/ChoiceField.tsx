import { type ReactNode, useId } from 'react';

/** A labelled select with the field or annotation it sets under it. */
export function ChoiceField<T extends string>({
  label,
  field,
  value,
  options,
  onChange,
}: {
  readonly label: string;
  readonly field?: ReactNode;
  readonly value: T;
  readonly options: readonly (readonly [T, string])[];
  readonly onChange: (v: T) => void;
}) {
  const id = useId();
  return (
    <div className="kit-choice">
      <label htmlFor={id} className="kit-field-label">
        {label}
      </label>
      <select id={id} value={value} aria-describedby={field ? `${id}-field` : undefined} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {field ? (
        <span id={`${id}-field`} className="kit-field-name">
          {field}
        </span>
      ) : null}
    </div>
  );
}
