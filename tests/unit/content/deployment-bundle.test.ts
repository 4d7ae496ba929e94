import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, DEPLOY_STEP_IDS, INSTALL_STEP_IDS, installStepsFor } from '../../../src/content/deployment/bundle.ts';
import { DEPLOY_STEPS } from '../../../src/content/deployment/steps.ts';
import { choiceProblems, DEFAULT_CHOICES, gpusPerReplica, type DeploymentChoices } from '../../../src/content/deployment/choices.ts';
import type { DeployStep } from '../../../src/content/deployment/types.ts';
import { validateManifests } from '../../../src/manifests/index.ts';
import { schemas } from '../manifests/schemaSet.ts';

const root = new URL('../../../', import.meta.url);

/** The guide's own steps: the bundle must run on the real ones. */
const STEPS: readonly DeployStep[] = DEPLOY_STEPS;
const TOY: DeployStep[] = [
  { id: 'cert-manager', lesson: 'deployment/installing-the-stack', title: 'cert-manager', why: 'Webhooks need certificates.', commands: [{ run: 'helm install cert-manager jetstack/cert-manager -n cert-manager --create-namespace --version v1.17.0 --set crds.enabled=true --wait', checkedAgainst: 'cert-manager v1.17.0', source: 'https://cert-manager.io/docs/installation/helm/' }] },
  { id: 'knative', lesson: 'deployment/installing-the-stack', title: 'Knative Serving', why: 'The KPA.', paths: ['kserve-knative'], commands: [{ run: 'kubectl apply -f https://github.com/knative/serving/releases/download/knative-v1.21.1/serving-crds.yaml', checkedAgainst: 'Knative Serving v1.21.1', source: 'https://knative.dev/docs/install/' }] },
  { id: 'lws', lesson: 'deployment/installing-the-stack', title: 'LeaderWorkerSet', why: 'Multi-node replicas.', paths: ['llm-d'], commands: [{ run: 'kubectl apply --server-side -f https://github.com/kubernetes-sigs/lws/releases/download/v0.8.0/manifests.yaml', checkedAgainst: 'LWS v0.8.0', source: 'https://github.com/kubernetes-sigs/lws' }] },
  { id: 'kind', lesson: 'deployment/cluster-setup', title: 'kind', why: 'A CPU dry run.', commands: [{ run: 'kind create cluster', checkedAgainst: 'kind v0.30.0', source: 'https://kind.sigs.k8s.io/' }] },
];

/** Every combination the plan form allows that has no problems. */
function validCombos(): DeploymentChoices[] {
  const out: DeploymentChoices[] = [];
  for (const route of ['isvc-standard', 'isvc-knative', 'llmisvc'] as const)
    for (const pattern of ['single-instance', 'replicated', 'autoscaling-pool', 'caching-first'] as const)
      for (const [minReplicas, maxReplicas] of [[1, 1], [3, 3], [0, 4], [1, 4]] as const)
        for (const modelId of ['llama-3.1-8b', 'llama-3.1-70b']) {
          const c = { ...DEFAULT_CHOICES, route, pattern, minReplicas, maxReplicas, modelId };
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
    expect(choiceProblems({ ...DEFAULT_CHOICES, pattern: 'caching-first' }).join(' ')).toMatch(/Prefix-aware routing needs the LLMInferenceService route/);
    expect(choiceProblems({ ...DEFAULT_CHOICES, route: 'llmisvc', pattern: 'autoscaling-pool', minReplicas: 0, maxReplicas: 4 }).join(' ')).toMatch(/scales down to 1 at least/);
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
    expect(new Set(combos.map((c) => c.route)).size).toBe(3);
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

  it('names only steps the guide has, each for a route it is meant for', () => {
    for (const route of ['isvc-standard', 'isvc-knative', 'llmisvc'] as const) {
      const path = route === 'isvc-knative' ? 'kserve-knative' : 'kserve-standard';
      for (const s of installStepsFor(route, STEPS)) expect(!s.paths || s.paths.includes(path), `${route}: ${s.id}`).toBe(true);
      for (const id of [...INSTALL_STEP_IDS[route], ...DEPLOY_STEP_IDS[route]]) expect(STEPS.some((s) => s.id === id), id).toBe(true);
    }
    expect(() => installStepsFor('isvc-standard', TOY)).toThrow(/no step “gateway-api-crds”/);
  });

  it('install.sh holds the install steps for the chosen route only, in order, with the release each was checked against', () => {
    const knative = buildBundle({ ...DEFAULT_CHOICES, route: 'isvc-knative' }, STEPS).find((f) => f.path === 'install.sh')?.content ?? '';
    expect(knative.indexOf('cert-manager')).toBeLessThan(knative.indexOf('knative-v1.21.1'));
    expect(knative).toMatch(/# checked against KServe v0\.20\.0/);
    expect(knative).not.toMatch(/lws/);
    expect(knative).not.toMatch(/kind create cluster/);
    // No LLMInferenceService controller on this route: the runtime chart must not install its presets.
    expect(knative).toMatch(/--set kserve\.servingruntime\.enabled=true\n/);
    expect(knative).not.toMatch(/llmisvcConfigs/);
    const llmisvc = buildBundle({ ...DEFAULT_CHOICES, route: 'llmisvc', pattern: 'caching-first' }, STEPS).find((f) => f.path === 'install.sh')?.content ?? '';
    expect(llmisvc).toMatch(/--set kserve\.llmisvcConfigs\.enabled=true/);
    expect(llmisvc.indexOf('kserve-llmisvc-resources')).toBeLessThan(llmisvc.indexOf('kserve-runtime-configs'));
  });

  it('plan.env carries the choices under the names the guide’s commands use', () => {
    const env = buildBundle({ ...DEFAULT_CHOICES, namespace: 'team-a', modelId: 'llama-3.1-70b' }, STEPS).find((f) => f.path === 'plan.env')?.content ?? '';
    expect(env).toMatch(/export NAMESPACE="\$\{NAMESPACE:-team-a\}"/);
    expect(env).toMatch(/export MODEL_NAME="llama-3-1-70b"/);
    expect(env).toMatch(/export MODEL_URI="hf:\/\/meta-llama\/[^"]+"/);
    expect(env).toMatch(/export GPUS="[248]"/);
    expect(env).not.toMatch(/HF_TOKEN=/);
  });

  it('its scripts are valid bash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    for (const c of [DEFAULT_CHOICES, { ...DEFAULT_CHOICES, route: 'isvc-knative' as const }, { ...DEFAULT_CHOICES, route: 'llmisvc' as const, pattern: 'caching-first' as const }]) {
      const bundle = buildBundle(c, STEPS);
      writeFileSync(join(dir, 'plan.env'), bundle.find((x) => x.path === 'plan.env')?.content ?? '');
      expect(spawnSync('bash', ['-n', join(dir, 'plan.env')]).status).toBe(0);
      for (const f of bundle.filter((x) => x.path.endsWith('.sh'))) {
        const file = join(dir, f.path);
        writeFileSync(file, f.content);
        const run = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
        expect(run.stderr, `${f.path}: ${run.stderr}`).toBe('');
        expect(run.status).toBe(0);
        expect(f.content.startsWith('#!/usr/bin/env bash\nset -euo pipefail\nsource "$(dirname "$0")/plan.env"\n')).toBe(true);
      }
    }
  });

  it('the load test targets the endpoint of the chosen path at the planned rate', () => {
    const hf = buildBundle({ ...DEFAULT_CHOICES, qps: 7 }, STEPS).find((f) => f.path === 'load-test.sh')?.content ?? '';
    expect(hf).toMatch(/--endpoint "\$ENDPOINT"/);
    expect(hf).toMatch(/ENDPOINT="\/openai\/v1\/completions"/);
    expect(hf).toMatch(/--request-rate 7 /);
    const llmd = buildBundle({ ...DEFAULT_CHOICES, route: 'llmisvc', pattern: 'caching-first' }, STEPS).find((f) => f.path === 'load-test.sh')?.content ?? '';
    expect(llmd).toMatch(/ENDPOINT="\/\$\{NAMESPACE\}\/llama-3-1-8b\/v1\/completions"/);
  });

  it('refuses choices with problems, naming them', () => {
    expect(() => buildBundle({ ...DEFAULT_CHOICES, namespace: 'Bad NS' }, STEPS)).toThrow(/Namespace/);
  });

  it('its manifest passes `npm run validate` itself', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const files = [DEFAULT_CHOICES, { ...DEFAULT_CHOICES, route: 'llmisvc' as const, pattern: 'caching-first' as const }, { ...DEFAULT_CHOICES, route: 'isvc-knative' as const, pattern: 'autoscaling-pool' as const, minReplicas: 0, maxReplicas: 4 }].map((c, i) => {
      const f = join(dir, `plan-${i}.yaml`);
      writeFileSync(f, buildBundle(c, STEPS).find((x) => x.path.startsWith('manifests/'))?.content ?? '');
      return f;
    });
    const run = spawnSync('npx', ['tsx', 'tools/validate.ts', ...files], { cwd: root, encoding: 'utf8', timeout: 170_000 });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
});
