/**
 * Looks a preset up by id. Lessons name presets in MDX, where a typo is not a type error: an
 * unknown id throws a message that names the known ones (the widget's error boundary shows it).
 */
export function findPreset<P>(presets: Readonly<Record<string, P>>, id: string | undefined, fallback: string, widget: string): P {
  const p = presets[id ?? fallback];
  // Callers name the widget as a notice does ("the KV paging widget"); the sentence adds its own article.
  if (!p) throw new Error(`The ${widget.replace(/^the /i, '')} has no preset “${String(id)}”. Known presets: ${Object.keys(presets).join(', ')}.`);
  return p;
}
