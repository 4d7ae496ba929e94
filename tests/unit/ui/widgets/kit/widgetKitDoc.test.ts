/**
 * docs/widget-kit.md quotes the example widget's files in full; the example is compiled and
 * tested (example/QueueWidget.test.tsx), so the guide stays true only if the quotes match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'tests/unit/ui/widgets/kit/example/';
const doc = readFileSync('docs/widget-kit.md', 'utf8');
/** Code blocks whose first line names an example file: `// tests/unit/…/example/model.ts`. */
const quoted = new Map([...doc.matchAll(/```tsx?\n(\/\/ (\S+)\n[\s\S]*?)\n```/g)].map((m) => [m[2] as string, `${m[1] as string}\n`]));

describe('the widget guide', () => {
  it('quotes every file of the example widget, each exactly as it is', () => {
    const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.tsx'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      expect(quoted.has(DIR + f), `${f} is not quoted in docs/widget-kit.md`).toBe(true);
      expect(quoted.get(DIR + f), `the quote of ${f} in docs/widget-kit.md differs from the file`).toBe(readFileSync(DIR + f, 'utf8'));
    }
  });

  it('counts the example’s scaffolding as it is', () => {
    const lines = (f: string) => readFileSync(DIR + f, 'utf8').trimEnd().split('\n').length;
    expect(doc).toContain(`\`state.ts\` (${lines('state.ts')} lines)`);
    const widget = readFileSync(`${DIR}QueueWidget.tsx`, 'utf8');
    const call = widget.slice(widget.indexOf('export const QueueWidget'), widget.indexOf('});') + 3).split('\n').length;
    expect(doc).toContain(`the \`defineWidget\`\ncall (${call} lines)`);
  });

  it('shows a lazily loaded widget as the LoRA widget defines it', () => {
    const section = doc.slice(doc.indexOf('### A body that loads'));
    const excerpt = /```tsx\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(excerpt).toMatch(/defineLazyWidget/);
    expect(readFileSync('src/ui/widgets/lora/LoraWidget.tsx', 'utf8')).toContain(excerpt);
  });
});
