import type { Mermaid } from 'mermaid';
import type { ResolvedTheme } from '../chrome/theme.ts';

let mermaidPromise: Promise<Mermaid> | null = null;
let initialisedFor: string | null = null;

/** A design token's value on the root element (the theme's colours live there). */
function token(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v === '' ? fallback : v;
}

/**
 * Mermaid's `base` theme coloured from the design tokens (tokens.css), so diagrams share the
 * pages' palette in light and dark instead of mermaid's stock lavender and yellow. Text is the
 * body size: a wide diagram scrolls sideways rather than shrinking its labels.
 */
export function mermaidThemeVariables(): Record<string, string | boolean> {
  const surface = token('--surface', '#ffffff');
  const surface2 = token('--surface-2', '#f0f1f3');
  const fg = token('--fg', '#16191d');
  const muted = token('--muted', '#4f5661');
  const border = token('--border', '#c9ced6');
  const accent = token('--accent', '#1d5fc2');
  const note = token('--notice-info', '#e8f0fc');
  return {
    darkMode: document.documentElement.dataset.theme === 'dark',
    background: surface,
    fontFamily: 'Inter Variable, Inter Fallback, system-ui, sans-serif',
    fontSize: '16px',
    primaryColor: surface2,
    primaryTextColor: fg,
    primaryBorderColor: accent,
    secondaryColor: note,
    secondaryTextColor: fg,
    secondaryBorderColor: border,
    tertiaryColor: surface,
    tertiaryTextColor: fg,
    tertiaryBorderColor: border,
    lineColor: muted,
    textColor: fg,
    mainBkg: surface2,
    nodeBorder: accent,
    clusterBkg: surface,
    clusterBorder: border,
    titleColor: fg,
    edgeLabelBackground: surface,
    actorBkg: surface2,
    actorBorder: accent,
    actorTextColor: fg,
    actorLineColor: muted,
    signalColor: fg,
    signalTextColor: fg,
    labelBoxBkgColor: surface2,
    labelBoxBorderColor: border,
    labelTextColor: fg,
    loopTextColor: fg,
    noteBkgColor: note,
    noteTextColor: fg,
    noteBorderColor: border,
    activationBkgColor: surface2,
    activationBorderColor: accent,
    sequenceNumberColor: surface,
  };
}

/** Imports mermaid once (its own lazy chunk) and configures it for the current theme. */
export async function loadMermaid(theme: ResolvedTheme): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then((m) => m.default);
  const mermaid = await mermaidPromise;
  const themeVariables = mermaidThemeVariables();
  const key = `${theme} ${JSON.stringify(themeVariables)}`;
  if (initialisedFor !== key) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      themeVariables,
      fontFamily: 'Inter Variable, Inter Fallback, system-ui, sans-serif',
      // Natural size: the figure scrolls sideways on a narrow screen instead of shrinking the text.
      flowchart: { htmlLabels: false, useMaxWidth: false },
      sequence: { useMaxWidth: false },
      state: { useMaxWidth: false },
      class: { useMaxWidth: false },
      gantt: { useMaxWidth: false },
    });
    initialisedFor = key;
  }
  return mermaid;
}
