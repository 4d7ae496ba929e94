/** `npm run sim -- pattern …`: one JSON object on stdout, byte-identical for the same seed; bad input → message naming the valid values, exit 1. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../tools/cli/pattern.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((c) => ((out += String(c)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((c) => ((err += String(c)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

const base = ['--workload', 'chat', '--qps', '3', '--gpus', '4', '--seed', '7', '--duration-s', '30'];

describe('pattern CLI', () => {
  it('prints one JSON object with the required fields, the same bytes for the same seed', async () => {
    const a = await run(['replicated', ...base]);
    expect(a.code).toBe(0);
    expect(a.err).toBe('');
    const r = JSON.parse(a.out) as Record<string, unknown>;
    for (const k of ['ttft_p50_s', 'ttft_p90_s', 'ttft_p99_s', 'itl_p90_ms', 'output_tokens_per_s', 'gpu_hours', 'slo_attainment', 'prefix_hit_rate']) expect(typeof r[k], k).toBe('number');
    expect(r['pattern']).toBe('replicated');
    expect(r['model']).toBe('qwen2.5-32b');
    const b = await run(['replicated', ...base]);
    expect(b.out).toBe(a.out);
    const c = await run(['replicated', ...base.slice(0, 7), '8', '--duration-s', '30']);
    expect(c.out).not.toBe(a.out);
  });

  it('accepts --model and --gpu', async () => {
    const r = await run(['caching-first', ...base, '--model', 'llama-3.1-8b', '--gpu', 'h200-141gb']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ model: 'llama-3.1-8b', gpu: 'h200-141gb', tp: 1, replicas: 4 });
  });

  it.each([
    [['nope', ...base], /unknown pattern "nope" \(valid: single-instance, replicated, autoscaling-pool/],
    [['replicated', '--workload', 'web', '--qps', '3', '--gpus', '4', '--seed', '1'], /unknown workload "web" \(valid: chat, rag, summarize, diurnal, bursty\)/],
    [['replicated', '--workload', 'chat', '--gpus', '4', '--seed', '1'], /--qps is required/],
    [['replicated', '--workload', 'chat', '--qps', '-1', '--gpus', '4', '--seed', '1'], /--qps must be/],
    [['replicated', '--workload', 'chat', '--qps', '2', '--gpus', '2.5', '--seed', '1'], /--gpus must be a whole number/],
    [['replicated', ...base, '--model', 'gpt-9'], /unknown model "gpt-9" \(valid: .*qwen2.5-32b/],
    [['replicated', ...base, '--gpu', 'tpu'], /unknown GPU "tpu" \(valid: h100-sxm-80gb/],
    [['replicated', ...base, '--color', 'red'], /unknown option --color/],
    [['disaggregated', '--workload', 'chat', '--qps', '2', '--gpus', '2', '--seed', '1'], /needs at least 2/],
  ])('refuses %j', async (args, msg) => {
    const r = await run(args);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(msg);
  });
});
