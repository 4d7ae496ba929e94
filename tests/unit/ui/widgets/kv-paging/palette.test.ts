import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IDENTITY_FALLBACK, seqColour } from '../../../../../src/ui/widgets/kv-paging/palette.ts';

describe('sequence colours', () => {
  it('fall back to exactly the light theme identity tokens', () => {
    const css = readFileSync('src/ui/styles/tokens.css', 'utf8');
    const light = css.slice(0, css.indexOf("[data-theme='dark']"));
    const tokens = [...light.matchAll(/--id-(\d): (#[0-9a-f]{6});/g)].map((m) => m[2]);
    expect(tokens).toEqual([...IDENTITY_FALLBACK]);
  });

  it('give 24 sequences 24 different strong colours, each with a paler allocated shade', () => {
    for (const theme of ['light', 'dark'] as const) {
      const all = Array.from({ length: 24 }, (_, i) => seqColour(i, theme));
      expect(new Set(all.map((c) => c.strong)).size).toBe(24);
      for (const c of all) expect(c.pale).not.toBe(c.strong);
    }
  });
});
