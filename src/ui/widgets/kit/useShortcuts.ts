import { type RefObject, useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { type ActionRegistry, findActionForKey, isEnabled } from './actions.ts';

/** Elements where a key press is the user typing or operating that control, not a shortcut. */
function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // Space and Enter activate a focused button, link or summary natively: don't fire twice.
  if ((key === ' ' || key === 'Enter') && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return true;
  return target.getAttribute('role') === 'slider' || target.getAttribute('role') === 'textbox';
}

/**
 * Binds a widget's keyboard shortcuts to its root element. They fire only while focus is inside
 * the widget (so two widgets on a page never fight) and never while the user types in a field.
 */
export function useShortcuts<S>(root: RefObject<HTMLElement | null>, registry: ActionRegistry<S>, api: StoreApi<S>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || ownsKeys(e.target, e.key)) return;
      const action = findActionForKey(registry, e);
      if (!action || !isEnabled(action, api.getState())) return;
      e.preventDefault();
      action.perform(api);
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [root, registry, api]);
}
