import { type ReactNode, useId } from 'react';

/**
 * A labelled stepper for small discrete ranges (a TP degree, a draft length): − and + buttons
 * around the value and unit, and the flag or field it sets. `values` lists the allowed values in
 * order (1, 2, 4, 8); the buttons move one place and disable at the ends.
 */
export function StepperField({
  label,
  field,
  value,
  values,
  unit = '',
  format = String,
  onChange,
}: {
  readonly label: string;
  /** The engine flag, InferenceService field or annotation it corresponds to (optional). */
  readonly field?: ReactNode;
  readonly value: number;
  readonly values: readonly number[];
  readonly unit?: string;
  readonly format?: (v: number) => string;
  readonly onChange: (v: number) => void;
}) {
  const id = useId();
  const at = values.indexOf(value);
  const shown = `${format(value)}${unit ? ` ${unit}` : ''}`;
  const move = (d: number) => {
    const next = values[Math.min(values.length - 1, Math.max(0, (at < 0 ? 0 : at) + d))];
    if (next !== undefined && next !== value) onChange(next);
  };
  return (
    <div className="kit-stepper" role="group" aria-labelledby={`${id}-label`} aria-describedby={field ? `${id}-field` : undefined}>
      <span id={`${id}-label`} className="kit-field-label">
        {label}
      </span>
      <span className="kit-stepper-row">
        <button type="button" aria-label={`Decrease ${label}`} disabled={at <= 0} onClick={() => move(-1)}>
          −
        </button>
        <output aria-live="polite">{shown}</output>
        <button type="button" aria-label={`Increase ${label}`} disabled={at < 0 || at >= values.length - 1} onClick={() => move(1)}>
          +
        </button>
      </span>
      {field ? (
        <span id={`${id}-field`} className="kit-field-name">
          {field}
        </span>
      ) : null}
    </div>
  );
}
