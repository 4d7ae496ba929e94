/**
 * `npm run --silent sim -- kpa <case.json>`: replays one Knative Pod Autoscaler decision per
 * tick of a case file and prints the results as a JSON array (docs/kpa-cli.md).
 * Exit codes: 0 done, 1 unreadable file, 2 usage or invalid case.
 */
import { readFileSync } from 'node:fs';
import { parseKpaCase, runKpaCase } from '../../src/sim/autoscale/kpaCase.ts';

const USAGE = 'usage: npm run --silent sim -- kpa <case.json>   (see docs/kpa-cli.md)\n';

export async function main(args: readonly string[]): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [file] = args;
  if (args.length !== 1 || file === undefined || file.startsWith('-')) {
    process.stderr.write(`kpa: expected exactly one case file\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    process.stderr.write(`kpa: ${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`}\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    process.stderr.write(`kpa: ${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})\n`);
    return 2;
  }
  const parsed = parseKpaCase(json);
  if (!parsed.ok) {
    for (const err of parsed.errors) process.stderr.write(`kpa: ${file}: ${err}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(runKpaCase(parsed.value))}\n`);
  return 0;
}
