import { AUTOSCALING_ACTIONS } from './actions.ts';

/** The keyboard shortcuts, listed from the action registry. */
export function ShortcutHelp() {
  return (
    <details className="as-details">
      <summary>Keyboard shortcuts</summary>
      <p className="widget-hint">They work while focus is inside this widget, and never while you type in a field.</p>
      <dl className="as-shortcuts">
        {[...AUTOSCALING_ACTIONS.values()]
          .filter((a) => a.shortcut?.length)
          .map((a) => (
            <div key={a.id}>
              <dt>
                {a.shortcut?.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{typeof a.label === 'string' ? a.label : 'Play / pause'}</dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
