/**
 * The name of a diagram's pre-drawn SVG: FNV-1a (32-bit) of its mermaid source, in hex. A changed
 * source gets a new name, so a stale drawing is never shown for it.
 */
export function diagramKey(chart: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < chart.length; i++) {
    h ^= chart.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Stands for the diagram's element id in a pre-drawn SVG (its styles and markers refer to it). */
export const DIAGRAM_ID_TOKEN = '__DIAGRAM_ID__';
