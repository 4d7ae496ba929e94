import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../../tools/cli/step-time.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

const base = ['--model', 'llama-3.1-8b', '--gpu', 'h100-sxm-80gb', '--tp', '1', '--dtype', 'bf16'];

describe('sim step-time CLI', () => {
  it('prints one JSON object with the required fields for a mixed step', async () => {
    const r = await run([...base, '--decode', '32x1024', '--prefill', '512']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, number>;
    for (const k of ['perLayerUs', 'commUs', 'lmHeadUs', 'stepUs']) expect(j[k]).toBeTypeOf('number');
    expect(j['tokens']).toBe(544);
    expect(j['stepUs']).toBeCloseTo(32 * (j['perLayerUs']! + j['commUs']!) + j['lmHeadUs']!, -1);
  });

  it('accepts a custom config file with the calibration keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steptime-'));
    const path = join(dir, 'qwen.json');
    writeFileSync(path, JSON.stringify({ hidden: 5120, layers: 64, heads: 40, kv_heads: 8, head_dim: 128, intermediate: 27648, vocab: 152064 }));
    const r = await run(['--model', path, '--gpu', 'h200-141gb', '--tp', '2', '--dtype', 'fp8', '--decode', '64x2048']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, number>;
    expect(j['commUs']).toBeGreaterThan(0);
    expect(j['layers']).toBe(64);
  });

  it.each([
    [['--model', 'nope', '--gpu', 'h100-sxm-80gb', '--tp', '1', '--dtype', 'bf16', '--decode', '1x1'], /unknown model "nope"/],
    [[...base.slice(0, 2), '--gpu', 'x', '--tp', '1', '--dtype', 'bf16', '--decode', '1x1'], /unknown GPU "x"/],
    [[...base.slice(0, 4), '--tp', '3', '--dtype', 'bf16', '--decode', '1x1'], /not divisible by tp=3/],
    [[...base.slice(0, 6), '--dtype', 'int3', '--decode', '1x1'], /--dtype must be bf16 or fp8/],
    [[...base, '--decode', '32by1024'], /--decode must look like <B>x<ctx>/],
    [[...base, '--prefill', '-5'], /--prefill must be a positive integer/],
    [base, /give --decode/],
    [[...base, '--decode', '1x1', '--bogus', '1'], /unknown option --bogus/],
    [['--gpu', 'h100-sxm-80gb'], /missing --model/],
  ])('rejects bad input %# with a clear error and exit code 2', async (args, msg) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(r.out).toBe('');
  });

  it('rejects an invalid config file, naming the fields', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steptime-'));
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ hidden: 4096, layers: 0, heads: 32, kv_heads: 8, head_dim: 128, intermediate: 'big' }));
    const r = await run(['--model', path, '--gpu', 'h100-sxm-80gb', '--tp', '1', '--dtype', 'bf16', '--decode', '1x1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/layers: must be at least 1/);
    expect(r.err).toMatch(/intermediate: must be a number/);
    expect(r.err).toMatch(/vocab: is missing/);
  });
});
