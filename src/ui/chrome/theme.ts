/**
 * Light / dark / system theme. The saved choice lives in the progress store; index.html applies
 * it before first paint, and this keeps `<html data-theme>` in step afterwards.
 */
import { progressStore, type Theme } from '../../state/progressStore.ts';

export type ResolvedTheme = 'light' | 'dark';

export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

function apply(): void {
  const prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const resolved = resolveTheme(progressStore.getState().settings.theme, prefersDark);
  if (document.documentElement.dataset.theme !== resolved) document.documentElement.dataset.theme = resolved;
}

/** Keeps the document theme in sync with the setting and the OS preference. */
export function startThemeSync(): void {
  apply();
  progressStore.subscribe(apply);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
}

/** The theme currently on the page (for components such as mermaid that render their own colours). */
export function currentTheme(): ResolvedTheme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
