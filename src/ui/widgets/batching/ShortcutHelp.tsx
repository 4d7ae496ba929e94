import { actionLabel } from '../kit/actions.ts';
import { BATCH_ACTIONS } from './actions.ts';
import { Batch } from './store.ts';

/** The widget's keyboard shortcuts, listed from the action registry. */
export function ShortcutHelp() {
  const api = Batch.useWidgetApi();
  return (
    <details className="cb-details">
      <summary>Keyboard shortcuts</summary>
      <p className="widget-hint">They work while focus is inside this widget, and never while you type in a field.</p>
      <dl className="cb-shortcuts">
        {[...BATCH_ACTIONS.values()]
          .filter((a) => a.shortcut?.length)
          .map((a) => (
            <div key={a.id}>
              <dt>
                {a.shortcut?.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </dt>
              <dd>{a.id === 'play' ? 'Play / pause' : a.id === 'toggle-policy' ? 'Switch FCFS / priority' : a.id === 'explain-static' ? 'Explain the static or the continuous step' : a.id === 'toggle-view' ? 'Timelines or tables' : actionLabel(a, api.getState())}</dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
