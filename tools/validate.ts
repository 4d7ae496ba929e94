/**
 * `npm run --silent validate -- [--advice] <file.yaml>...`
 *
 * Checks KServe manifests against the CRD schemas and webhook rules of the pinned KServe release.
 * Prints nothing and exits 0 when every file is valid; otherwise prints one line per problem,
 * `file: path.to.field: what is wrong`, and exits 1. Unreadable YAML and missing files are
 * problems too. `--advice` also prints advice lines (`file: path: advice: ...`), which never
 * change the exit code. Exit 2 means the command line itself was wrong.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from '../src/manifests/index.ts';
import { validateManifestsAsync } from '../src/manifests/index.ts';

const USAGE = 'usage: npm run --silent validate -- [--advice] <file.yaml>...';

function where(problem: Problem, multiDocument: boolean): string {
  const parts = [problem.line !== undefined ? `line ${problem.line}` : '', multiDocument && problem.document !== undefined ? `document ${problem.document + 1}` : ''].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

async function main(argv: readonly string[]): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--advice' && a !== '--help');
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length > 0 || files.length === 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 2;
  }
  let failed = false;
  const lines: string[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      lines.push(`${file}: ${code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`}`);
      failed = true;
      continue;
    }
    const result = await validateManifestsAsync(source);
    const multi = result.documents.length + result.errors.filter((p) => p.path.startsWith('line ')).length > 1;
    for (const p of result.errors) lines.push(`${file}: ${p.path || '(document)'}: ${p.message}${p.path.startsWith('line ') ? '' : where(p, multi)}`);
    if (argv.includes('--advice')) for (const p of result.advice) lines.push(`${file}: ${p.path || '(document)'}: advice: ${p.message}${where(p, multi)}`);
    if (result.errors.length > 0) failed = true;
  }
  if (lines.length > 0) console.log(lines.join('\n'));
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
