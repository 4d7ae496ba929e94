import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GENERATED_DIR, generateFiles } from '../../../tools/kserve-schemas/generate.ts';

it('the committed validators match the vendored CRDs (run `npm run kserve:schemas` after changing them)', () => {
  const fresh = generateFiles();
  expect(readdirSync(GENERATED_DIR).sort()).toEqual([...fresh.keys()].sort());
  const stale = [...fresh].filter(([name, text]) => readFileSync(join(GENERATED_DIR, name), 'utf8') !== text).map(([name]) => name);
  expect(stale).toEqual([]);
}, 600_000);
