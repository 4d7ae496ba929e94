import type { ActionRegistry, WidgetAction } from './actions.ts';

/** What a shortcut does, in words: the action's `help`, else its label (toggles need a `help`). */
export function shortcutHelpText<S>(a: WidgetAction<S>): string {
  return a.help ?? (typeof a.label === 'string' ? a.label : a.id.replace(/-/g, ' '));
}

/** A widget's keyboard shortcuts, listed from its action registry (so the list cannot drift). */
export function ShortcutHelp<S>({ registry, className }: { readonly registry: ActionRegistry<S>; readonly className: string }) {
  return (
    <details className={className}>
      <summary>Keyboard shortcuts</summary>
      <p className="widget-hint">They work while focus is inside this widget, and never while you type in a field.</p>
      <dl className="widget-shortcuts">
        {[...registry.values()]
          .filter((a) => a.shortcut?.length)
          .map((a) => (
            <div key={a.id}>
              <dt>
                {a.shortcut?.map((k) => (
                  <kbd key={k}>{k === ' ' ? 'Space' : k}</kbd>
                ))}
              </dt>
              <dd>{shortcutHelpText(a)}</dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
