/**
 * Regenerates src/manifests/schema/generated/ from the vendored KServe CRDs. Run it after changing
 * them; tests/unit/manifests/schemaFreshness.test.ts fails while the committed files are stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, generateFiles } from './generate.ts';

const files = generateFiles();
mkdirSync(GENERATED_DIR, { recursive: true });
for (const old of readdirSync(GENERATED_DIR)) if (!files.has(old)) rmSync(join(GENERATED_DIR, old));
for (const [name, text] of files) writeFileSync(join(GENERATED_DIR, name), text);
console.log(`wrote ${files.size} files to ${GENERATED_DIR}`);
