/**
 * `npm run --silent bench [-- --json] [-- --only <file>]`: runs every benchmark module in
 * tools/bench/ (each exports `run(): Promise<BenchResult[]>`) and prints one JSON object, or a table.
 * Adding a benchmark means adding a file; this runner never changes.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './bench/types.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? args[onlyIdx + 1] : undefined;

async function main(): Promise<void> {
  const dir = join(here, 'bench');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  const results: BenchResult[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
    results.push(...(await mod.run()));
  }
  if (json) {
    const out: Record<string, number> = {};
    for (const r of results) out[r.key] = r.value;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const w = Math.max(...results.map((r) => r.key.length), 4);
  for (const r of results) {
    const target = r.target ? `  (target ${r.target})` : '';
    process.stdout.write(`${r.key.padEnd(w)}  ${String(r.value).padStart(10)} ${r.unit ?? ''}${target}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
