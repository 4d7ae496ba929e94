import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createActionRegistry, eventToShortcut, findActionForKey, normalizeShortcut, performAction, type WidgetAction } from '../../../../../src/ui/widgets/kit/actions.ts';

type S = { n: number; on: boolean };
const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

const inc: WidgetAction<S> = { id: 'inc', label: 'Increment', shortcut: ['Space', 'ArrowRight'], perform: (api) => api.setState((s) => ({ n: s.n + 1 })) };
const toggle: WidgetAction<S> = {
  id: 'toggle',
  label: (s) => (s.on ? 'Turn off' : 'Turn on'),
  shortcut: ['p'],
  enabled: (s) => s.n > 0,
  perform: (api) => api.setState((s) => ({ on: !s.on })),
};

describe('action registry', () => {
  it('rejects duplicate ids and shortcuts bound twice', () => {
    expect(() => createActionRegistry([inc, { ...inc }])).toThrow(/Duplicate action id/);
    expect(() => createActionRegistry([inc, { ...toggle, shortcut: [' '] }])).toThrow(/bound to both/);
  });

  it('normalises shortcuts: Space, modifiers, and Shift implied by printable keys', () => {
    expect(normalizeShortcut('Space')).toBe('Space');
    expect(normalizeShortcut('shift+ArrowRight')).toBe('Shift+ArrowRight');
    expect(eventToShortcut(key(' '))).toBe('Space');
    expect(eventToShortcut(key('?', { shiftKey: true }))).toBe('?');
    expect(eventToShortcut(key('P', { shiftKey: true }))).toBe('p');
    expect(eventToShortcut(key('ArrowLeft', { ctrlKey: true }))).toBe('Ctrl+ArrowLeft');
  });

  it('finds the action for a key and ignores modified keys it does not bind', () => {
    const reg = createActionRegistry([inc, toggle]);
    expect(findActionForKey(reg, key(' '))?.id).toBe('inc');
    expect(findActionForKey(reg, key('ArrowRight'))?.id).toBe('inc');
    expect(findActionForKey(reg, key('ArrowRight', { ctrlKey: true }))).toBeUndefined();
    expect(findActionForKey(reg, key('p', { metaKey: true }))).toBeUndefined();
  });

  it('performs only enabled actions', () => {
    const reg = createActionRegistry([inc, toggle]);
    const api = createStore<S>()(() => ({ n: 0, on: false }));
    expect(performAction(reg, 'toggle', api)).toBe(false);
    expect(performAction(reg, 'inc', api)).toBe(true);
    expect(performAction(reg, 'toggle', api)).toBe(true);
    expect(api.getState()).toEqual({ n: 1, on: true });
    expect(performAction(reg, 'missing', api)).toBe(false);
  });
});
