import { useEffect, useId, useState } from 'react';

/**
 * A whole-number input that commits only valid values (on blur, Enter, or a pause in typing),
 * and says what is wrong otherwise. Typing "4096" never commits "4", "40", "409" on the way.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  onCommit,
  hint,
  step = 1,
}: {
  readonly label: React.ReactNode;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onCommit: (n: number) => void;
  readonly hint?: React.ReactNode;
  readonly step?: number;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [prev, setPrev] = useState(value);
  // Follow the store when it changes from elsewhere (reset, URL, an action).
  if (prev !== value) {
    setPrev(value);
    setText(String(value));
  }
  const n = Number(text);
  const valid = /^\d+$/.test(text.trim()) && n >= min && n <= max;
  useEffect(() => {
    if (!valid || n === value) return;
    const t = setTimeout(() => onCommit(n), 600);
    return () => clearTimeout(t);
  }, [valid, n, value, onCommit]);
  const commit = () => {
    if (valid && n !== value) onCommit(n);
  };
  return (
    <div className="widget-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <span id={`${id}-hint`} className={valid ? 'widget-hint' : 'widget-hint widget-error'}>
        {valid ? hint : `Enter a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`}
      </span>
    </div>
  );
}
