/**
 * The action registry: every user command of a widget is one object, so buttons, keyboard
 * shortcuts and tests share a single definition (excalidraw's `actions/`).
 */
import type { StoreApi } from 'zustand/vanilla';

/** One user command. `S` is the widget store's state. */
export interface WidgetAction<S> {
  /** Stable id, used by tests and `data-action` attributes: "play", "step-forward". */
  readonly id: string;
  /** Button text; a function for toggles ("Play" / "Pause"). */
  readonly label: string | ((state: S) => string);
  /**
   * Keys that trigger it, as `KeyboardEvent.key` values with optional `Alt+`, `Ctrl+`, `Shift+`
   * prefixes; "Space" stands for " ". Shift is implied for printable characters ("?", "]").
   */
  readonly shortcut?: readonly string[];
  /** What the shortcut does, for the shortcut list (needed when `label` changes with the state). */
  readonly help?: string;
  /** Disabled when this returns false (the button greys out, the shortcut does nothing). */
  readonly enabled?: (state: S) => boolean;
  /** For toggles: drives `aria-pressed`. */
  readonly pressed?: (state: S) => boolean;
  readonly perform: (api: StoreApi<S>) => void;
}

/** A widget's actions by id, checked for duplicate ids and shortcuts. */
export type ActionRegistry<S> = ReadonlyMap<string, WidgetAction<S>>;

/**
 * Builds a registry; throws on a duplicate id or a shortcut bound twice (a bug to catch in tests).
 */
export function createActionRegistry<S>(actions: readonly WidgetAction<S>[]): ActionRegistry<S> {
  const byId = new Map<string, WidgetAction<S>>();
  const keys = new Map<string, string>();
  for (const a of actions) {
    if (byId.has(a.id)) throw new Error(`Duplicate action id "${a.id}"`);
    byId.set(a.id, a);
    for (const k of a.shortcut ?? []) {
      const norm = normalizeShortcut(k);
      const other = keys.get(norm);
      if (other) throw new Error(`Shortcut "${k}" is bound to both "${other}" and "${a.id}"`);
      keys.set(norm, a.id);
    }
  }
  return byId;
}

/** The label an action shows in this state. */
export function actionLabel<S>(a: WidgetAction<S>, state: S): string {
  return typeof a.label === 'function' ? a.label(state) : a.label;
}

/** True unless the action says it is disabled in this state. */
export function isEnabled<S>(a: WidgetAction<S>, state: S): boolean {
  return a.enabled ? a.enabled(state) : true;
}

/**
 * Runs an action by id if it exists and is enabled.
 * @returns whether it ran
 */
export function performAction<S>(registry: ActionRegistry<S>, id: string, api: StoreApi<S>): boolean {
  const a = registry.get(id);
  if (!a || !isEnabled(a, api.getState())) return false;
  a.perform(api);
  return true;
}

/** The modifier and key fields of a keyboard event that shortcuts look at. */
export interface KeyLike {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/** Canonical form of a shortcut string: modifiers in a fixed order, "Space" for " ". */
export function normalizeShortcut(s: string): string {
  const parts = s.split('+');
  // "Shift++" style: a trailing empty part means the key itself is "+".
  const key = parts[parts.length - 1] === '' ? '+' : (parts[parts.length - 1] as string);
  const mods = new Set(parts.slice(0, -1).map((m) => m.toLowerCase()));
  return eventToShortcut({ key, altKey: mods.has('alt'), ctrlKey: mods.has('ctrl'), metaKey: mods.has('meta'), shiftKey: mods.has('shift') });
}

/** The canonical shortcut string for a key event. */
export function eventToShortcut(e: KeyLike): string {
  const key = e.key === ' ' ? 'Space' : e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const printable = e.key.length === 1 && e.key !== ' ';
  const mods = [e.ctrlKey && 'Ctrl', e.metaKey && 'Meta', e.altKey && 'Alt', e.shiftKey && !printable && 'Shift'].filter(Boolean);
  return [...mods, key].join('+');
}

/** The action bound to this key event, if any. */
export function findActionForKey<S>(registry: ActionRegistry<S>, e: KeyLike): WidgetAction<S> | undefined {
  const want = eventToShortcut(e);
  for (const a of registry.values()) {
    if (a.shortcut?.some((k) => normalizeShortcut(k) === want)) return a;
  }
  return undefined;
}

/** The first shortcut in a readable form for labels and `aria-keyshortcuts`. */
export function shortcutHint<S>(a: WidgetAction<S>): string | undefined {
  return a.shortcut?.[0];
}
