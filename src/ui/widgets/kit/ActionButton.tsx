import type { ReactElement, ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { actionLabel, type ActionRegistry, isEnabled, type WidgetAction } from './actions.ts';

/** `aria-keyshortcuts` value for an action (WAI-ARIA spells Ctrl "Control"). */
export function ariaShortcuts<S>(a: WidgetAction<S>): string | undefined {
  if (!a.shortcut?.length) return undefined;
  return a.shortcut.map((k) => k.replace(/\bCtrl\b/, 'Control').replace(/^([a-z])$/, (c) => c.toUpperCase())).join(' ');
}

/**
 * A button bound to one action: label, enabled state, pressed state and shortcut hint all come
 * from the action, so the button and the keyboard can never disagree.
 */
export function ActionButton<S>({
  action,
  api,
  icon,
  hideLabel = false,
  className = 'btn',
}: {
  readonly action: WidgetAction<S>;
  readonly api: StoreApi<S>;
  /** Decorative glyph before the label (hidden from assistive tech). */
  readonly icon?: ReactNode;
  /** Show only the icon; the label stays as the accessible name. */
  readonly hideLabel?: boolean;
  readonly className?: string;
}) {
  const label = useStore(api, (s) => actionLabel(action, s));
  const enabled = useStore(api, (s) => isEnabled(action, s));
  const pressed = useStore(api, (s) => (action.pressed ? action.pressed(s) : undefined));
  const key = action.shortcut?.[0];
  return (
    <button
      type="button"
      className={className}
      data-action={action.id}
      disabled={!enabled}
      aria-pressed={pressed}
      aria-keyshortcuts={ariaShortcuts(action)}
      aria-label={hideLabel ? label : undefined}
      title={key ? `${label} (${key})` : label}
      onClick={() => action.perform(api)}
    >
      {icon ? <span aria-hidden="true">{icon}</span> : null}
      {hideLabel ? null : <span>{label}</span>}
    </button>
  );
}

/**
 * The buttons of a drawing: `button('reset')` is that action of the registry as a button. An id
 * the registry lacks is a mistake in the widget, so it throws (the widget's boundary shows it)
 * rather than leaving a control silently missing.
 */
export function actionButtons<S>(registry: ActionRegistry<S>, api: StoreApi<S>, className = 'btn btn-small'): (id: string) => ReactElement {
  return (id) => {
    const action = registry.get(id);
    if (!action) throw new Error(`This widget has no action “${id}”.`);
    return <ActionButton key={id} action={action} api={api} className={className} />;
  };
}
