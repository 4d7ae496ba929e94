/**
 * Canvas colours come from the same CSS custom properties as the rest of the page. They are read
 * at draw time, and `useThemeVersion` changes whenever `<html data-theme>` flips, so a canvas
 * redraws in the new theme without reloading.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';

/** The theme currently applied to the document. */
export function documentTheme(): 'light' | 'dark' {
  return typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function subscribeTheme(onChange: () => void): () => void {
  const obs = new MutationObserver(onChange);
  obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => obs.disconnect();
}

/**
 * The document theme as React state: a component that picks colours in JavaScript (swatches,
 * legends) re-renders when the in-app theme switch flips it.
 */
export function useDocumentTheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribeTheme, documentTheme, () => 'light' as const);
}

/** A number that changes every time the document theme changes (use it as an effect dependency). */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const obs = new MutationObserver(() => setVersion((v) => v + 1));
    obs.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    return () => obs.disconnect();
  }, []);
  return version;
}

/**
 * Reads CSS custom properties as resolved on `el` (e.g. `--fg`, `--surface-2`).
 * @returns name → colour string; a missing property falls back to `fallback`
 */
export function readCssVars<K extends string>(el: Element, names: readonly K[], fallback = '#888'): Record<K, string> {
  const cs = getComputedStyle(el);
  const out = {} as Record<K, string>;
  for (const n of names) out[n] = cs.getPropertyValue(n).trim() || fallback;
  return out;
}
