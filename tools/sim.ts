/**
 * `npm run --silent sim -- <scenario.json> [--events file]` runs a scenario headless; the other
 * subcommands are listed in USAGE. Each subcommand lives in tools/cli/<name>.ts and exports
 * `main(args): Promise<number>` (the exit code), so adding one means adding a file and a line here.
 */
const SUBCOMMANDS: Readonly<Record<string, string>> = {
  'step-time': 'step-time --model <id|config.json> --gpu <id> --tp <N> --dtype bf16|fp8 [--decode <B>x<ctx>] [--prefill <S>]',
  kpa: 'kpa <case.json>   (replays one Knative Pod Autoscaler decision per tick; see docs/kpa-cli.md)',
  pattern:
    'pattern <pattern> --workload <workload> --qps <n> --gpus <n> --seed <n> [--model <id>] [--gpu <id>] [--duration-s <n>]',
};

const USAGE = [
  'usage:',
  '  npm run --silent sim -- <scenario.json> [--events <file.jsonl>]',
  ...Object.values(SUBCOMMANDS).map((u) => `  npm run --silent sim -- ${u}`),
  '',
].join('\n');

const args = process.argv.slice(2);

interface Cli {
  main(args: readonly string[]): Promise<number>;
}

async function dispatch(): Promise<number> {
  const [first] = args;
  if (first === undefined || first === '--help' || first === '-h') {
    process.stdout.write(USAGE);
    return first === undefined ? 2 : 0;
  }
  if (Object.hasOwn(SUBCOMMANDS, first)) {
    const cli = (await import(`./cli/${first}.ts`)) as Cli;
    return cli.main(args.slice(1));
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
