/** `npm run sim -- kpa <case.json>` end to end: spawn the CLI on temporary case files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'kpa-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(name: string, content: string | null): { code: number | null; stdout: string; stderr: string } {
  const file = join(dir, name);
  if (content !== null) writeFileSync(file, content);
  const r = spawnSync('npx', ['tsx', 'tools/sim.ts', 'kpa', file], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const spec = {
  metric: 'concurrency',
  targetValue: 70,
  totalValue: 100,
  targetBurstCapacity: 211,
  panicThreshold: 2,
  maxScaleUpRate: 1000,
  maxScaleDownRate: 2,
  stableWindowS: 60,
};

describe('kpa CLI', { timeout: 120_000 }, () => {
  it('prints one ScaleResult per tick (the worked example: 3 pods, stable 350, panic 700)', () => {
    const kase = {
      spec,
      initialReadyPods: 3,
      ticks: [
        { t: 2, stableValue: 350, panicValue: 700, readyPods: 3 },
        { t: 4, stableValue: null, panicValue: null, readyPods: 3 },
        { t: 6, stableValue: 1, panicValue: 1, readyPods: null },
        { t: 70, stableValue: 10, panicValue: 10, readyPods: 10, reachable: false },
      ],
    };
    const r = runCli('ok.json', JSON.stringify(kase));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { t: 2, valid: true, desiredPods: 10, excessBurstCapacity: -611, panicking: true },
      { t: 4, valid: false, desiredPods: 0, excessBurstCapacity: 0, panicking: true },
      { t: 6, valid: false, desiredPods: 0, excessBurstCapacity: 0, panicking: true },
      // Panic ended (2 + 60 < 70); unreachable: no rate limit down, so 1 pod.
      { t: 70, valid: true, desiredPods: 1, excessBurstCapacity: Math.floor(10 * 100 - 211 - 10), panicking: false },
    ]);
  });

  it('names the field of every problem and exits non-zero', () => {
    const bad = { spec: { ...spec, targetValue: 0, extra: 1 }, initialReadyPods: 1, ticks: [{ t: 0, stableValue: 1, panicValue: 1, readyPods: 1 }, { t: 2, stableValue: 1, panicValue: 1, readyPods: 1 }, { t: 4, stableValue: 1, panicValue: 'x', readyPods: 1 }, { t: 6, stableValue: 1, panicValue: 1, readyPods: -1 }] };
    const r = runCli('bad.json', JSON.stringify(bad));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad.json: spec.targetValue: must be a number > 0');
    expect(r.stderr).toContain('spec.extra: unknown field');
    expect(r.stderr).toContain('ticks[2].panicValue:');
    expect(r.stderr).toContain('ticks[3].readyPods: must be an integer ≥ 0 or null');
  });

  it('rejects a missing required field and invalid JSON', () => {
    const noTicks = runCli('noticks.json', JSON.stringify({ spec, initialReadyPods: 0 }));
    expect(noTicks.code).not.toBe(0);
    expect(noTicks.stderr).toContain('ticks: is required');
    const notJson = runCli('broken.json', '{"spec": ');
    expect(notJson.code).not.toBe(0);
    expect(notJson.stderr).toContain('not valid JSON');
  });

  it('exits 1 with a message for a missing file', () => {
    const r = runCli('does-not-exist.json', null);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('does-not-exist.json: no such file');
  });
});
