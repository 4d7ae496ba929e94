/**
 * `npm run --silent sim -- <scenario.json> [--events file]` runs a scenario headless;
 * `npm run --silent sim -- step-time ...` prices one engine step with the cost model.
 * Each subcommand lives in tools/cli/ and exports `main(args): Promise<number>` (the exit code).
 */
const args = process.argv.slice(2);

async function dispatch(): Promise<number> {
  if (args[0] === 'step-time') {
    const { main } = await import('./cli/step-time.ts');
    return main(args.slice(1));
  }
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
    process.stdout.write(
      [
        'usage:',
        '  npm run --silent sim -- <scenario.json> [--events <file.jsonl>]',
        '  npm run --silent sim -- step-time --model <id|config.json> --gpu <id> --tp <N> --dtype bf16|fp8 [--decode <B>x<ctx>] [--prefill <S>]',
        '',
      ].join('\n'),
    );
    return args.length === 0 ? 2 : 0;
  }
  const { main } = await import('./cli/scenario.ts');
  return main(args);
}

dispatch().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`sim: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
