import type { Mermaid } from 'mermaid';
import type { ResolvedTheme } from '../chrome/theme.ts';

let mermaidPromise: Promise<Mermaid> | null = null;
let initialisedFor: ResolvedTheme | null = null;

/** Imports mermaid once (its own lazy chunk) and configures it for the current theme. */
export async function loadMermaid(theme: ResolvedTheme): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then((m) => m.default);
  const mermaid = await mermaidPromise;
  if (initialisedFor !== theme) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: theme === 'dark' ? 'dark' : 'default',
      fontFamily: 'Inter Variable, system-ui, sans-serif',
      flowchart: { htmlLabels: false, useMaxWidth: true },
    });
    initialisedFor = theme;
  }
  return mermaid;
}
