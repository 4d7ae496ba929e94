import { useState } from 'react';

/**
 * A number field that lets the user type freely (including an empty field mid-edit) and only
 * reports values that parse and sit within [min, max]; on blur it snaps back to the last valid one.
 */
export function NumberInput({
  id,
  value,
  min,
  max,
  step,
  integer = false,
  onChange,
}: {
  readonly id: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer?: boolean;
  readonly onChange: (v: number) => void;
}) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // A new value from the parent replaces the draft (React's "adjust state while rendering").
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  const valid = (s: string): number | null => {
    const n = Number(s);
    if (s.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) return null;
    return n;
  };
  const invalid = valid(draft) === null;
  return (
    <input
      id={id}
      type="number"
      inputMode={integer ? 'numeric' : 'decimal'}
      min={min}
      max={max}
      step={step}
      value={draft}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = valid(e.target.value);
        if (n !== null && n !== value) onChange(n);
      }}
      onBlur={() => setDraft(String(value))}
    />
  );
}
