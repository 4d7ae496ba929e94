import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GENERATED_PATH, generateSchemaSet, serializeSchemaSet } from '../../../tools/kserve-schemas/generate.ts';

it('the committed schemas match the vendored CRDs (run `npm run kserve:schemas` after changing them)', () => {
  const fresh = serializeSchemaSet(generateSchemaSet());
  expect(readFileSync(GENERATED_PATH, 'utf8') === fresh).toBe(true);
}, 300_000);
