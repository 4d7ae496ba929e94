import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/** How long a slider rests before its value reruns the model (a drag is one run, not fifty). */
const COMMIT_MS = 250;

/**
 * A labelled slider with its value and unit beside it, and the field or annotation it sets. The
 * value follows the thumb at once; the model reruns when the thumb rests.
 */
export function SliderField({
  label,
  field,
  value,
  min,
  max,
  step = 1,
  unit,
  format = String,
  onCommit,
}: {
  readonly label: string;
  /** The engine flag, InferenceService field or annotation it corresponds to (optional). */
  readonly field?: ReactNode;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly unit: string;
  readonly format?: (v: number) => string;
  readonly onCommit: (v: number) => void;
}) {
  const id = useId();
  // The thumb's value while it moves; null once committed (then the store's value shows).
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const local = draft ?? value;
  const shown = `${format(local)}${unit ? ` ${unit}` : ''}`;
  return (
    <div className="kit-slider">
      <label htmlFor={id} className="kit-field-label">
        {label}
      </label>
      <output htmlFor={id} className="kit-field-value">
        {shown}
      </output>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={local}
        aria-valuetext={shown}
        aria-describedby={field ? `${id}-field` : undefined}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          setDraft(v);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            onCommit(v);
            setDraft(null);
          }, COMMIT_MS);
        }}
      />
      {field ? (
        <span id={`${id}-field`} className="kit-field-name">
          {field}
        </span>
      ) : null}
    </div>
  );
}
