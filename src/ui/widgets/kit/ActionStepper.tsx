import { type ReactNode, useId } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { ActionButton } from './ActionButton.tsx';
import type { WidgetAction } from './actions.ts';

/**
 * A stepper whose − and + are two widget actions (so the buttons, their shortcuts and the help
 * list share one definition), with the current value and unit between them and the engine flag
 * it corresponds to below.
 */
export function ActionStepper<S>({
  label,
  value,
  field,
  down,
  up,
  api,
  valueClassName,
}: {
  readonly label: string;
  /** The current value with its unit, as shown. */
  readonly value: string;
  readonly field?: ReactNode;
  readonly down: WidgetAction<S> | undefined;
  readonly up: WidgetAction<S> | undefined;
  readonly api: StoreApi<S>;
  readonly valueClassName?: string;
}) {
  const id = useId();
  return (
    <div className="kit-stepper" role="group" aria-labelledby={`${id}-label`} aria-describedby={field ? `${id}-field` : undefined}>
      <span id={`${id}-label`} className="kit-field-label">
        {label}
      </span>
      <span className="kit-stepper-row">
        {down ? <ActionButton action={down} api={api} icon="−" hideLabel className="kit-step-btn" /> : null}
        <output aria-live="polite" className={valueClassName}>
          {value}
        </output>
        {up ? <ActionButton action={up} api={api} icon="+" hideLabel className="kit-step-btn" /> : null}
      </span>
      {field ? (
        <span id={`${id}-field`} className="kit-field-name">
          {field}
        </span>
      ) : null}
    </div>
  );
}
