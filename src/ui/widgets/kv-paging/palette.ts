/**
 * One colour per sequence, from the course's identity colours (`--id-0` … `--id-7` in
 * tokens.css, Okabe–Ito: distinguishable with the common colour-vision deficiencies), so request
 * N has the same colour in the grid, the request list and every other widget. Past the eighth,
 * the same hues come back in a darker and then a lighter ring. Colour is never the only signal
 * (labels, the block table and the table view say it in words).
 */
import { cssOf, mix, parseColour, type Rgb } from './colour.ts';

/** The strong (tokens written) and pale (allocated, still empty) colour of a sequence. */
export interface SeqColour {
  readonly strong: string;
  readonly pale: string;
}

/** tokens.css's light values, for where no stylesheet is loaded (tests); a test keeps them equal. */
export const IDENTITY_FALLBACK = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#8c8c8c'] as const;

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const cache = new Map<string, SeqColour>();

function token(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Colours of sequence `index` in `theme` (the theme's tokens are read once per theme and index). */
export function seqColour(index: number, theme: 'light' | 'dark'): SeqColour {
  const key = `${theme}:${index}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const hue = index % IDENTITY_FALLBACK.length;
  const base = parseColour(token(`--id-${hue}`, IDENTITY_FALLBACK[hue] as string));
  const ring = Math.floor(index / IDENTITY_FALLBACK.length) % 3;
  const strong = ring === 0 ? base : mix(base, ring === 1 ? BLACK : WHITE, ring === 1 ? 0.35 : 0.4);
  const surface = parseColour(token('--surface', theme === 'dark' ? '#161c23' : '#ffffff'));
  const colour = { strong: cssOf(strong), pale: cssOf(mix(strong, surface, theme === 'dark' ? 0.55 : 0.7)) };
  cache.set(key, colour);
  return colour;
}
