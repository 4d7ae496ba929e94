import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const fixtures = (sub: string): string[] => readdirSync(new URL(`tests/fixtures/manifests/${sub}/`, root)).map((f) => `tests/fixtures/manifests/${sub}/${f}`);

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['tsx', 'tools/validate.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 170_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each run starts tsx and compiles schemas: a few seconds apiece on a busy machine.
describe('npm run validate', { timeout: 180_000 }, () => {
  it('exits 0 and prints nothing when every file is valid', () => {
    const run = cli(...fixtures('valid'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('prints one `file: path: problem` line per problem and exits 1; missing files and broken YAML are problems', () => {
    const run = cli('tests/fixtures/manifests/valid/kserve-storage--hf--hf_isvc.yaml', 'tests/fixtures/manifests/invalid/isvc-min-above-max.yaml', 'tests/fixtures/manifests/invalid/broken-yaml.yaml', 'does-not-exist.yaml');
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain('does-not-exist.yaml: file not found');
    expect(lines.some((l) => /^tests\/fixtures\/manifests\/invalid\/isvc-min-above-max\.yaml: spec\.predictor\.minReplicas: minReplicas \(4\) cannot be greater than maxReplicas \(2\)/.test(l))).toBe(true);
    expect(lines.some((l) => /^tests\/fixtures\/manifests\/invalid\/broken-yaml\.yaml: line \d+: YAML syntax error/.test(l))).toBe(true);
    expect(lines.every((l) => !l.startsWith('tests/fixtures/manifests/valid/'))).toBe(true);
  });

  it('--advice prints advice without changing the exit code; bad options exit 2', () => {
    const run = cli('--advice', 'tests/fixtures/manifests/valid/kserve-fluid--kserve-isvc.yaml');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/kserve-isvc\.yaml: spec\.predictor\.minReplicas: advice: .*cold start/);
    expect(cli('--frobnicate', 'x.yaml').status).toBe(2);
  });
});
