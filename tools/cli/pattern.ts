/**
 * `npm run --silent sim -- pattern <pattern> --workload <workload> --qps <n> --gpus <n> --seed <n>
 *    [--model <id>] [--gpu <id>] [--duration-s <n>]`
 *
 * Runs one serving pattern on one workload with the cluster model and prints one JSON object
 * (docs/patterns-cli.md). Same arguments, same bytes. Bad input: a message on stderr, exit 1.
 */
import { GPU_IDS, findGpu } from '../../src/sim/cost/catalog/gpus.ts';
import { MODELS, findModel } from '../../src/sim/cost/catalog/models.ts';
import { PATTERNS, runPattern } from '../../src/sim/patterns/catalog.ts';
import { WORKLOADS } from '../../src/sim/patterns/workloads.ts';
import type { PatternId, WorkloadId } from '../../src/sim/patterns/types.ts';

const USAGE = `usage: pattern <pattern> --workload <workload> --qps <n> --gpus <n> --seed <n> [--model <id>] [--gpu <id>] [--duration-s <n>]
  patterns:  ${PATTERNS.map((p) => p.id).join(', ')}
  workloads: ${WORKLOADS.map((w) => w.id).join(', ')}`;

/** Defaults: the llm-d benchmark's model and GPU, a 10-minute run. */
export const DEFAULTS = { model: 'qwen2.5-32b', gpu: 'h100-sxm-80gb', durationS: 600 } as const;

class UsageError extends Error {}

function parseFlags(args: readonly string[]): { positional: string[]; flags: Map<string, string> } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const [name, value] = eq > 0 ? [a.slice(2, eq), a.slice(eq + 1)] : [a.slice(2), args[++i]];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    if (flags.has(name)) throw new UsageError(`--${name} given twice`);
    flags.set(name, value);
  }
  const known = new Set(['workload', 'qps', 'gpus', 'seed', 'model', 'gpu', 'duration-s']);
  for (const k of flags.keys()) if (!known.has(k)) throw new UsageError(`unknown option --${k} (known: ${[...known].map((x) => `--${x}`).join(', ')})`);
  return { positional, flags };
}

function number(name: string, s: string | undefined, o: { integer?: boolean; min: number; max: number }): number {
  if (s === undefined) throw new UsageError(`--${name} is required`);
  const v = Number(s);
  if (s.trim() === '' || !Number.isFinite(v)) throw new UsageError(`--${name} must be a number (got "${s}")`);
  if (o.integer && !Number.isInteger(v)) throw new UsageError(`--${name} must be a whole number (got "${s}")`);
  if (v < o.min || v > o.max) throw new UsageError(`--${name} must be between ${o.min} and ${o.max} (got ${s})`);
  return v;
}

/** Runs the command. @returns the exit code */
export async function main(args: readonly string[]): Promise<number> {
  try {
    const { positional, flags } = parseFlags(args);
    if (positional.length !== 1) throw new UsageError(positional.length === 0 ? 'missing <pattern>' : `one pattern expected, got ${positional.join(' ')}`);
    const pattern = positional[0] as string;
    if (!PATTERNS.some((p) => p.id === pattern)) throw new UsageError(`unknown pattern "${pattern}" (valid: ${PATTERNS.map((p) => p.id).join(', ')})`);
    const workload = flags.get('workload');
    if (workload === undefined) throw new UsageError('--workload is required');
    if (!WORKLOADS.some((w) => w.id === workload)) throw new UsageError(`unknown workload "${workload}" (valid: ${WORKLOADS.map((w) => w.id).join(', ')})`);
    const model = flags.get('model') ?? DEFAULTS.model;
    if (!findModel(model)) throw new UsageError(`unknown model "${model}" (valid: ${MODELS.map((m) => m.id).join(', ')})`);
    const gpu = flags.get('gpu') ?? DEFAULTS.gpu;
    if (!findGpu(gpu)) throw new UsageError(`unknown GPU "${gpu}" (valid: ${GPU_IDS.join(', ')})`);
    const report = runPattern(pattern as PatternId, {
      workload: workload as WorkloadId,
      qps: number('qps', flags.get('qps'), { min: 0.01, max: 500 }),
      gpus: number('gpus', flags.get('gpus'), { integer: true, min: 1, max: 256 }),
      seed: number('seed', flags.get('seed'), { integer: true, min: 0, max: 2 ** 32 - 1 }),
      modelId: model,
      gpuId: gpu,
      durationS: number('duration-s', flags.get('duration-s') ?? String(DEFAULTS.durationS), { min: 1, max: 86_400 }),
    });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`pattern: ${msg}\n${e instanceof UsageError ? `${USAGE}\n` : ''}`);
    return 1;
  }
}
