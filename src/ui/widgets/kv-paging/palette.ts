/**
 * One colour per sequence, distinguishable in both themes: hues step by the golden angle so
 * neighbours differ, with theme-specific lightness so blocks stay visible on a light or dark
 * surface. Colour is never the only signal (labels, the block table and the table view say it
 * in words).
 */

/** The strong (tokens written) and pale (allocated, still empty) colour of a sequence. */
export interface SeqColour {
  readonly strong: string;
  readonly pale: string;
}

const GOLDEN = 137.508;

/** Colours of sequence `index` in `theme`. */
export function seqColour(index: number, theme: 'light' | 'dark'): SeqColour {
  const h = Math.round((200 + index * GOLDEN) % 360);
  // Two lightness bands alternate so hues that land close still differ in lightness.
  const band = index % 2;
  return theme === 'dark'
    ? { strong: `hsl(${h} 70% ${band ? 62 : 72}%)`, pale: `hsl(${h} 35% ${band ? 30 : 34}%)` }
    : { strong: `hsl(${h} 65% ${band ? 38 : 48}%)`, pale: `hsl(${h} 60% ${band ? 84 : 88}%)` };
}
