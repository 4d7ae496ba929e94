/**
 * `npm run --silent sim -- <scenario.json> [--events <file.jsonl>]`: validates a scenario
 * (docs/scenario-format.md), runs it headless, prints one JSON object (config echo + metrics)
 * to stdout and, with `--events`, writes the full event stream as JSON lines.
 * Bad input exits 1 with one line per problem: `<field path>: <problem>`.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { runScenario } from '../../src/sim/engine/scenario.ts';
import { parseScenario } from '../../src/sim/engine/scenarioSchema.ts';

/** CLI entry: returns the exit code. */
export async function main(args: string[]): Promise<number> {
  let file: string | undefined;
  let eventsFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--events') {
      eventsFile = args[++i];
      if (!eventsFile) {
        process.stderr.write('sim: --events needs a file name\n');
        return 2;
      }
    } else if (a.startsWith('--')) {
      process.stderr.write(`sim: unknown option ${a}\n`);
      return 2;
    } else if (file === undefined) file = a;
    else {
      process.stderr.write(`sim: unexpected argument ${a}\n`);
      return 2;
    }
  }
  if (!file) {
    process.stderr.write('sim: missing <scenario.json>\n');
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    process.stderr.write(`sim: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const parsed = parseScenario(raw);
  if (!parsed.ok) {
    for (const e of parsed.errors) process.stderr.write(`sim: ${file}: ${e}\n`);
    return 1;
  }
  const fd = eventsFile ? openSync(eventsFile, 'w') : null;
  try {
    const result = runScenario(parsed.scenario, {
      eventLevel: fd === null ? 'none' : 'tokens',
      ...(fd !== null
        ? {
            onStep: (s) => {
              if (s.events.length === 0) return;
              let chunk = '';
              for (const e of s.events) chunk += `${JSON.stringify(e)}\n`;
              writeSync(fd, chunk);
            },
          }
        : {}),
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`sim: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
