import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, installStepsFor } from '../../../src/content/deployment/bundle.ts';
import { choiceProblems, DEFAULT_CHOICES, gpusPerReplica, type DeploymentChoices } from '../../../src/content/deployment/choices.ts';
import type { DeployStep } from '../../../src/content/deployment/types.ts';
import { validateManifests } from '../../../src/manifests/index.ts';
import { schemas } from '../manifests/schemaSet.ts';

const root = new URL('../../../', import.meta.url);

const STEPS: DeployStep[] = [
  { id: 'cert-manager', lesson: 'deployment/installing-the-stack', title: 'cert-manager', why: 'Webhooks need certificates.', commands: [{ run: 'helm install cert-manager jetstack/cert-manager -n cert-manager --create-namespace --version v1.17.0 --set crds.enabled=true --wait', checkedAgainst: 'cert-manager v1.17.0', source: 'https://cert-manager.io/docs/installation/helm/' }] },
  { id: 'knative', lesson: 'deployment/installing-the-stack', title: 'Knative Serving', why: 'The KPA.', paths: ['kserve-knative'], commands: [{ run: 'kubectl apply -f https://github.com/knative/serving/releases/download/knative-v1.21.1/serving-crds.yaml', checkedAgainst: 'Knative Serving v1.21.1', source: 'https://knative.dev/docs/install/' }] },
  { id: 'lws', lesson: 'deployment/installing-the-stack', title: 'LeaderWorkerSet', why: 'Multi-node replicas.', paths: ['llm-d'], commands: [{ run: 'kubectl apply --server-side -f https://github.com/kubernetes-sigs/lws/releases/download/v0.8.0/manifests.yaml', checkedAgainst: 'LWS v0.8.0', source: 'https://github.com/kubernetes-sigs/lws' }] },
  { id: 'kind', lesson: 'deployment/cluster-setup', title: 'kind', why: 'A CPU dry run.', commands: [{ run: 'kind create cluster', checkedAgainst: 'kind v0.30.0', source: 'https://kind.sigs.k8s.io/' }] },
];

/** Every combination the plan form allows that has no problems. */
function validCombos(): DeploymentChoices[] {
  const out: DeploymentChoices[] = [];
  for (const installPath of ['kserve-standard', 'kserve-knative', 'llm-d'] as const)
    for (const pattern of ['single-instance', 'replicated', 'autoscaling-pool', 'caching-first'] as const)
      for (const [minReplicas, maxReplicas] of [[1, 1], [3, 3], [0, 4], [1, 4]] as const)
        for (const modelId of ['llama-3.1-8b', 'llama-3.1-70b']) {
          const c = { ...DEFAULT_CHOICES, installPath, pattern, minReplicas, maxReplicas, modelId };
          if (choiceProblems(c).length === 0) out.push(c);
        }
  return out;
}

describe('deployment choices', () => {
  it('the defaults make a plan', () => {
    expect(choiceProblems(DEFAULT_CHOICES)).toEqual([]);
  });

  it('names each impossible combination in learner-facing words', () => {
    expect(choiceProblems({ ...DEFAULT_CHOICES, namespace: 'My_NS' })[0]).toMatch(/^Namespace: use lower-case/);
    expect(choiceProblems({ ...DEFAULT_CHOICES, namespace: 'kube-system' })[0]).toMatch(/reserved/);
    expect(choiceProblems({ ...DEFAULT_CHOICES, pattern: 'caching-first' }).join(' ')).toMatch(/Prefix-aware routing needs the llm-d path/);
    expect(choiceProblems({ ...DEFAULT_CHOICES, installPath: 'llm-d', pattern: 'autoscaling-pool', minReplicas: 0, maxReplicas: 4 }).join(' ')).toMatch(/scales down to 1 at least/);
    expect(choiceProblems({ ...DEFAULT_CHOICES, pattern: 'autoscaling-pool', minReplicas: 0, maxReplicas: 4 }).join(' ')).toMatch(/Standard mode cannot scale to zero/);
    expect(choiceProblems({ ...DEFAULT_CHOICES, minReplicas: 5, maxReplicas: 2 }).join(' ')).toMatch(/^Replicas:/);
    expect(choiceProblems({ ...DEFAULT_CHOICES, qps: 0 }).join(' ')).toMatch(/request rate above 0/);
  });

  it('a 70B model gets more GPUs per replica than an 8B on the same GPU', () => {
    expect(gpusPerReplica({ ...DEFAULT_CHOICES, modelId: 'llama-3.1-70b' })).toBeGreaterThan(gpusPerReplica(DEFAULT_CHOICES));
  });
});

describe('the plan bundle', () => {
  const combos = validCombos();

  it('covers every install path and pattern the form offers', () => {
    expect(new Set(combos.map((c) => c.installPath)).size).toBe(3);
    expect(new Set(combos.map((c) => c.pattern)).size).toBe(4);
  });

  it('every valid plan’s manifest passes the validator, in the chosen namespace', () => {
    for (const c of combos) {
      const manifest = buildBundle(c, STEPS).find((f) => f.path.startsWith('manifests/'));
      expect(manifest, JSON.stringify(c)).toBeDefined();
      expect(validateManifests(manifest?.content ?? '', schemas).errors, JSON.stringify(c)).toEqual([]);
      expect(manifest?.content).toMatch(/namespace: llm-serving/);
    }
  });

  it('install.sh holds the install steps for the chosen path only, in order, with the release each was checked against', () => {
    const knative = buildBundle({ ...DEFAULT_CHOICES, installPath: 'kserve-knative' }, STEPS).find((f) => f.path === 'install.sh')?.content ?? '';
    expect(knative.indexOf('cert-manager')).toBeLessThan(knative.indexOf('knative-v1.21.1'));
    expect(knative).toMatch(/# checked against Knative Serving v1\.21\.1/);
    expect(knative).not.toMatch(/lws/);
    expect(knative).not.toMatch(/kind create cluster/);
    expect(installStepsFor('llm-d', STEPS).map((s) => s.id)).toEqual(['cert-manager', 'lws']);
  });

  it('its scripts are valid bash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    for (const c of [DEFAULT_CHOICES, { ...DEFAULT_CHOICES, installPath: 'llm-d' as const, pattern: 'caching-first' as const }]) {
      for (const f of buildBundle(c, STEPS).filter((x) => x.path.endsWith('.sh'))) {
        const file = join(dir, f.path);
        writeFileSync(file, f.content);
        const run = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
        expect(run.stderr, `${f.path}: ${run.stderr}`).toBe('');
        expect(run.status).toBe(0);
        expect(f.content.startsWith('#!/usr/bin/env bash\nset -euo pipefail\n')).toBe(true);
      }
    }
  });

  it('the load test targets the endpoint of the chosen path at the planned rate', () => {
    const hf = buildBundle({ ...DEFAULT_CHOICES, qps: 7 }, STEPS).find((f) => f.path === 'load-test.sh')?.content ?? '';
    expect(hf).toMatch(/--endpoint "\$ENDPOINT"/);
    expect(hf).toMatch(/ENDPOINT="\/openai\/v1\/chat\/completions"/);
    expect(hf).toMatch(/--request-rate 7 /);
    const llmd = buildBundle({ ...DEFAULT_CHOICES, installPath: 'llm-d', pattern: 'caching-first' }, STEPS).find((f) => f.path === 'load-test.sh')?.content ?? '';
    expect(llmd).toMatch(/ENDPOINT="\/\$\{NAMESPACE\}\/llama-3-1-8b\/v1\/chat\/completions"/);
  });

  it('refuses choices with problems, naming them', () => {
    expect(() => buildBundle({ ...DEFAULT_CHOICES, namespace: 'Bad NS' }, STEPS)).toThrow(/Namespace/);
  });

  it('its manifest passes `npm run validate` itself', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const files = [DEFAULT_CHOICES, { ...DEFAULT_CHOICES, installPath: 'llm-d' as const, pattern: 'caching-first' as const }, { ...DEFAULT_CHOICES, installPath: 'kserve-knative' as const, pattern: 'autoscaling-pool' as const, minReplicas: 0, maxReplicas: 4 }].map((c, i) => {
      const f = join(dir, `plan-${i}.yaml`);
      writeFileSync(f, buildBundle(c, STEPS).find((x) => x.path.startsWith('manifests/'))?.content ?? '');
      return f;
    });
    const run = spawnSync('npx', ['tsx', 'tools/validate.ts', ...files], { cwd: root, encoding: 'utf8', timeout: 170_000 });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});
