/**
 * The learner's deployment plan as files: a README, the install commands in order, the manifest
 * (the validator's input), a deploy script and a load-test command. Pure: the UI zips and
 * downloads it, tests validate its manifest and scan its commands.
 */
import { hfRepoOf, KSERVE_VERSION, resourceNameFor } from '../../manifests/index.ts';
import { VLLM_VERSION } from '../../sim/engine/vllmVersion.ts';
import { findGpu, findModel } from '../../sim/cost/index.ts';
import { choiceProblems, gpusPerReplica, HF_TOKEN_SECRET, PATTERN_LABELS, ROUTE_LABELS, type DeploymentChoices, type PlanRoute } from './choices.ts';
import { manifestYamlOf } from './choices.ts';
import type { DeployStep } from './types.ts';

export interface BundleFile {
  readonly path: string;
  readonly content: string;
}

/**
 * The module's steps each route runs once per cluster, in order. Explicit, because the guide also
 * offers alternatives (a kind cluster or a managed one, llm-d's own charts) that a plan must not
 * run one after the other; a test checks every id exists.
 */
export const INSTALL_STEP_IDS: Readonly<Record<PlanRoute, readonly string[]>> = {
  'isvc-standard': ['cert-manager', 'gateway-api-crds', 'envoy-gateway', 'kserve-gateway', 'kserve-standard-helm', 'kserve-runtimes', 'kube-prometheus-stack', 'vllm-dashboards', 'serving-alerts'],
  'isvc-knative': ['cert-manager', 'knative-serving', 'kserve-knative-helm', 'kserve-runtimes', 'kube-prometheus-stack', 'vllm-dashboards', 'serving-alerts'],
  llmisvc: ['cert-manager', 'gateway-api-crds', 'inference-extension-crds', 'llm-d-router-crds', 'envoy-gateway', 'lws', 'kserve-gateway', 'kserve-standard-helm', 'kserve-llmisvc-helm', 'kserve-runtimes', 'kube-prometheus-stack', 'vllm-dashboards', 'serving-alerts'],
};

/** Steps that run in the model's namespace, after the manifest is applied. */
export const DEPLOY_STEP_IDS: Readonly<Record<PlanRoute, readonly string[]>> = {
  'isvc-standard': ['scrape-isvc'],
  'isvc-knative': ['scrape-isvc'],
  llmisvc: ['scrape-llmisvc'],
};

/** The steps `ids` names, in that order. @throws Error naming an id the guide does not have */
export function stepsById(ids: readonly string[], steps: readonly DeployStep[]): DeployStep[] {
  return ids.map((id) => {
    const step = steps.find((s) => s.id === id);
    if (!step) throw new Error(`the deployment guide has no step “${id}”`);
    return step;
  });
}

/** The one-time install for a route. */
export function installStepsFor(route: PlanRoute, steps: readonly DeployStep[]): DeployStep[] {
  return stepsById(INSTALL_STEP_IDS[route], steps);
}

const routeLabel = (r: PlanRoute) => ROUTE_LABELS.find(([id]) => id === r)?.[1] ?? r;

/**
 * A command as this route runs it: without the LLMInferenceService controller the runtime chart
 * must not install LLMInferenceServiceConfig presets (their kind would not exist).
 */
function adapt(run: string, route: PlanRoute): string {
  if (route === 'llmisvc') return run.trimEnd();
  return run.trimEnd().replace(/ \\\n\s*--set kserve\.llmisvcConfigs\.enabled=true/, '');
}

function script(lines: readonly string[]): string {
  return ['#!/usr/bin/env bash', 'set -euo pipefail', 'source "$(dirname "$0")/plan.env"', '', ...lines, ''].join('\n');
}

function stepLines(s: DeployStep, route: PlanRoute): string[] {
  return [
    `# ── ${s.title} ──`,
    ...wrapComment(s.why),
    ...s.commands.flatMap((cmd) => [`# checked against ${cmd.checkedAgainst}; source: ${cmd.source}`, adapt(cmd.run, route), '']),
    ...(s.verify ? [`# check${s.verify.note ? `: ${s.verify.note}` : ''}`.slice(0, 300), adapt(s.verify.run, route), ''] : []),
  ];
}

function installScript(c: DeploymentChoices, steps: readonly DeployStep[]): string {
  return script([
    `# One-time install of the serving stack for: ${routeLabel(c.route)}.`,
    '# Run once per cluster, by a cluster administrator, against the cluster kubectl points at.',
    '# Tools: kubectl, helm 3.8+ (OCI charts), curl and yq v4. Skip the steps your cluster already has.',
    '',
    ...installStepsFor(c.route, steps).flatMap((s) => stepLines(s, c.route)),
  ]);
}

function planEnv(c: DeploymentChoices, name: string, repo: string): string {
  return [
    '# Your choices, read by every script (the deployment guide’s commands use the same names).',
    `export NAMESPACE="\${NAMESPACE:-${c.namespace}}"`,
    `export MODEL_NAME="${name}"`,
    `export MODEL_URI="hf://${repo}"`,
    `export MODEL_ID="${repo}"`,
    `export GPUS="${gpusPerReplica(c)}"`,
    '# HF_TOKEN: export it in your shell for gated models; it is never written to a file.',
    '',
  ].join('\n');
}

function deployScript(c: DeploymentChoices, name: string, steps: readonly DeployStep[]): string {
  const kind = c.route === 'llmisvc' ? 'llminferenceservice' : 'inferenceservice';
  return script([
    `# Deploys ${name} into $NAMESPACE. Gated Hugging Face models (Llama, for one) need HF_TOKEN set`,
    '# in your shell; the token goes into a Secret, never into the manifest.',
    '',
    'kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -',
    'if [ -n "${HF_TOKEN:-}" ]; then',
    `  kubectl create secret generic ${HF_TOKEN_SECRET} -n "$NAMESPACE" --from-literal=HF_TOKEN="$HF_TOKEN" --dry-run=client -o yaml | kubectl apply -f -`,
    'fi',
    `kubectl apply -n "$NAMESPACE" -f "$(dirname "$0")/manifests/${name}.yaml"`,
    '# The first start downloads the weights, loads them and captures CUDA graphs: allow several minutes.',
    `kubectl wait --for=condition=Ready ${kind}/${name} -n "$NAMESPACE" --timeout=30m`,
    `kubectl get ${kind} ${name} -n "$NAMESPACE"`,
    '',
    ...stepsById(DEPLOY_STEP_IDS[c.route], steps).flatMap((s) => stepLines(s, c.route)),
  ]);
}

function loadTestScript(c: DeploymentChoices, name: string, repo: string, qps: number): string {
  const prompts = Math.max(100, Math.round(qps * 120));
  const target =
    c.route === 'llmisvc'
      ? [
          '# The route is /<namespace>/<name>/v1/… on the shared gateway (vLLM’s own paths, no /openai prefix).',
          `ENDPOINT="/\${NAMESPACE}/${name}/v1/completions"`,
          `HOST_HEADER=()`,
        ]
      : [
          '# The Hugging Face runtime serves the OpenAI API under /openai; the gateway routes on the Host header.',
          `ISVC_HOST="$(kubectl get inferenceservice ${name} -n "$NAMESPACE" -o jsonpath='{.status.url}' | cut -d/ -f3)"`,
          'ENDPOINT="/openai/v1/completions"',
          'HOST_HEADER=(--header "Host=$ISVC_HOST")',
        ];
  const served = c.route === 'llmisvc' ? repo : name;
  return script([
    `# A ${Math.round(prompts / qps)}-second load test at the rate you planned for (${qps} requests/s), with vLLM's benchmark client`,
    `# (vllm ${VLLM_VERSION}: pip install "vllm==${VLLM_VERSION}" on the machine that runs it; it loads the model's`,
    '# tokenizer from Hugging Face, so a gated model needs HF_TOKEN there too).',
    '# INGRESS is your gateway’s external address (host or host:port); the load-testing lesson shows how to find it.',
    ': "${INGRESS:?set INGRESS to the gateway address, e.g. INGRESS=203.0.113.10}"',
    ...target,
    '',
    '# The completions API works for base and instruct models alike (chat needs a chat template).',
    'vllm bench serve --backend openai --base-url "http://$INGRESS" "${HOST_HEADER[@]}" --endpoint "$ENDPOINT" \\',
    `  --model ${repo} --served-model-name ${served} --dataset-name random \\`,
    `  --random-input-len 1024 --random-output-len 256 --num-prompts ${prompts} --request-rate ${qps} --max-concurrency 256 \\`,
    '  --save-result --result-dir results',
    '',
    '# Compare its p90 TTFT and TPOT with the sizing calculator’s prediction; sweep the rate (for example',
    `# ${[0.5, 1, 1.5].map((f) => +(qps * f).toFixed(2)).join(', ')} requests/s) to find the knee.`,
  ]);
}

function readme(c: DeploymentChoices, name: string, steps: readonly DeployStep[], qps: number): string {
  const model = findModel(c.modelId);
  const gpu = findGpu(c.gpuId);
  const tp = gpusPerReplica(c);
  const versions = [...new Set(installStepsFor(c.route, steps).flatMap((s) => s.commands.map((x) => x.checkedAgainst)))];
  const replicas = c.minReplicas === c.maxReplicas ? `${c.minReplicas}` : `${c.minReplicas} to ${c.maxReplicas}`;
  return [
    `# Deployment plan: ${model?.name ?? c.modelId} on ${gpu?.name ?? c.gpuId}`,
    '',
    'Made with Serving Lab’s deployment module. Every command in it was checked against the release named beside it.',
    '',
    '## Your choices',
    '',
    '| | |',
    '|---|---|',
    `| Model | ${model?.name ?? c.modelId} (\`hf://${hfRepoOf(c.modelId) ?? c.modelId}\`) |`,
    `| GPU | ${gpu?.name ?? c.gpuId}, ${tp} per replica (tensor parallel ${tp}) |`,
    `| Pattern | ${PATTERN_LABELS[c.pattern]} |`,
    `| Route | ${routeLabel(c.route)} |`,
    `| Replicas | ${replicas} (${c.minReplicas * tp} to ${c.maxReplicas * tp} GPUs) |`,
    `| Namespace | \`${c.namespace}\` |`,
    `| Max context (\`--max-model-len\`) | ${c.maxModelLen.toLocaleString('en-US')} tokens |`,
    `| Planned load | ${qps} requests/s |`,
    '',
    '## Files, in the order you use them',
    '',
    '- `plan.env`: your choices as shell variables; every script reads it.',
    '- `install.sh`: the one-time install of the stack, in order (cluster administrators; skip what your cluster already has).',
    `- \`manifests/${name}.yaml\`: the ${c.route === 'llmisvc' ? 'LLMInferenceService' : 'InferenceService'}. Check it with \`npm run --silent validate -- manifests/${name}.yaml\` from a Serving Lab checkout.`,
    '- `deploy.sh`: creates the namespace and the token Secret (when `HF_TOKEN` is set), applies the manifest, waits until it is ready and adds the Prometheus monitor.',
    '- `load-test.sh`: a load test at the planned rate with `vllm bench serve`.',
    '',
    '## Before you start',
    '',
    '- A Kubernetes cluster (1.32 or newer, as KServe documents) whose nodes expose `nvidia.com/gpu` (the NVIDIA GPU Operator does this); see the lesson “Setting up a cluster”.',
    '- kubectl and helm pointing at that cluster, with rights to install CRDs.',
    '',
    '## Versions',
    '',
    `KServe ${KSERVE_VERSION}; vLLM ${VLLM_VERSION} for the load-test client.${versions.length > 0 ? ` The install steps were checked against: ${versions.join(', ')}.` : ''}`,
    '',
    '## What this plan leaves to you',
    '',
    '- TLS and authentication at the gateway, network policies and quotas (lesson “Security hardening”).',
    '- Alert rules and dashboards beyond the install steps (lesson “Setting up monitoring”).',
    '- Capacity: the replica count comes from your choices; the sizing calculator in “Prerequisites and sizing” estimates it from the course’s model, which simplifies (no preemption, a synthetic workload).',
    '',
  ].join('\n');
}

/**
 * The bundle for `choices`.
 * @throws Error listing the problems when the choices do not make a deployable plan
 */
export function buildBundle(choices: DeploymentChoices, steps: readonly DeployStep[]): BundleFile[] {
  const qps = choices.qps;
  const problems = choiceProblems(choices);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const name = resourceNameFor(choices.modelId);
  const repo = hfRepoOf(choices.modelId) ?? choices.modelId;
  return [
    { path: 'README.md', content: readme(choices, name, steps, qps) },
    { path: 'plan.env', content: planEnv(choices, name, repo) },
    { path: 'install.sh', content: installScript(choices, steps) },
    { path: `manifests/${name}.yaml`, content: manifestYamlOf(choices) },
    { path: 'deploy.sh', content: deployScript(choices, name, steps) },
    { path: 'load-test.sh', content: loadTestScript(choices, name, repo, qps) },
  ];
}

function wrapComment(text: string, width = 100): string[] {
  const out: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length + word.length + 1 > width && line !== '#') {
      out.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  if (line !== '#') out.push(line);
  return out;
}
