import type { ResolvedTheme } from '../chrome/theme.ts';

/**
 * Diagrams drawn ahead of time by `npm run diagrams` (mermaid in Chromium, both themes), one lazy
 * chunk each. Drawing a diagram in the page costs a phone hundreds of milliseconds of main-thread
 * work (loading mermaid, parsing, laying out); showing a drawn one costs a fetch and an insert.
 */
const files = import.meta.glob<string>('../../lessons/diagrams/*.svg', { query: '?raw', import: 'default' });

const pathOf = (key: string, theme: ResolvedTheme) => `../../lessons/diagrams/${key}.${theme}.svg`;

/** Set in localStorage to draw every diagram live (how `npm run diagrams` redraws them). */
export const LIVE_DIAGRAMS_FLAG = 'serving-lab:live-diagrams';

function liveOnly(): boolean {
  try {
    return localStorage.getItem(LIVE_DIAGRAMS_FLAG) === '1';
  } catch {
    return false;
  }
}

/** Whether both themes of the diagram are drawn ahead (and the page has not asked for live drawing). */
export function hasPredrawn(key: string): boolean {
  return pathOf(key, 'light') in files && pathOf(key, 'dark') in files && !liveOnly();
}

/** The pre-drawn SVG markup of a diagram in a theme, or null when there is none. */
export function loadPredrawn(key: string, theme: ResolvedTheme): Promise<string> | null {
  const load = hasPredrawn(key) ? files[pathOf(key, theme)] : undefined;
  return load ? load() : null;
}
