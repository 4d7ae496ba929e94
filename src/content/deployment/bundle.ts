/**
 * The learner's deployment plan as files: a README, the install commands in order, the manifest
 * (the validator's input), a deploy script and a load-test command. Pure: the UI zips and
 * downloads it, tests validate its manifest and scan its commands.
 */
import { hfRepoOf, KSERVE_VERSION, resourceNameFor } from '../../manifests/index.ts';
import { VLLM_VERSION } from '../../sim/engine/vllmVersion.ts';
import { findGpu, findModel } from '../../sim/cost/index.ts';
import { choiceProblems, gpusPerReplica, HF_TOKEN_SECRET, INSTALL_PATHS, manifestYamlOf, PATTERN_LABELS, type DeploymentChoices } from './choices.ts';
import type { DeployStep, InstallPath } from './types.ts';

export interface BundleFile {
  readonly path: string;
  readonly content: string;
}

/** The lessons whose steps make up the one-time install, in the order they run. */
const INSTALL_LESSONS = ['deployment/installing-the-stack', 'deployment/monitoring-setup'];

/** The steps of the one-time install for a path, in the module's order. */
export function installStepsFor(path: InstallPath, steps: readonly DeployStep[]): DeployStep[] {
  return steps.filter((s) => INSTALL_LESSONS.includes(s.lesson) && (!s.paths || s.paths.includes(path)));
}

const pathLabel = (p: InstallPath) => INSTALL_PATHS.find(([id]) => id === p)?.[1] ?? p;

function script(lines: readonly string[]): string {
  return ['#!/usr/bin/env bash', 'set -euo pipefail', '', ...lines, ''].join('\n');
}

function installScript(c: DeploymentChoices, steps: readonly DeployStep[]): string {
  const body = installStepsFor(c.installPath, steps).flatMap((s) => [
    `# ── ${s.title} ──`,
    ...wrapComment(s.why),
    ...s.commands.flatMap((cmd) => [`# checked against ${cmd.checkedAgainst}; source: ${cmd.source}`, ...(cmd.note ? wrapComment(cmd.note) : []), cmd.run.trimEnd(), '']),
    ...(s.verify ? [`# check: ${s.verify.note ?? 'it worked'}`, s.verify.run.trimEnd(), ''] : []),
  ]);
  return script([
    `# One-time install of the serving stack for: ${pathLabel(c.installPath)}.`,
    '# Run once per cluster, by a cluster administrator, against the cluster kubectl points at.',
    '# Tools: kubectl, helm 3.8+ (OCI charts); some steps also use curl and yq v4.',
    '',
    ...body,
  ]);
}

function deployScript(c: DeploymentChoices, name: string): string {
  const kind = c.installPath === 'llm-d' ? 'llminferenceservice' : 'inferenceservice';
  return script([
    `# Deploys ${name} into the namespace below. Gated Hugging Face models (Llama, for one) need HF_TOKEN set`,
    '# in your shell; the token goes into a Secret, never into the manifest.',
    `NAMESPACE="\${NAMESPACE:-${c.namespace}}"`,
    '',
    'kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -',
    'if [ -n "${HF_TOKEN:-}" ]; then',
    `  kubectl create secret generic ${HF_TOKEN_SECRET} -n "$NAMESPACE" --from-literal=HF_TOKEN="$HF_TOKEN" --dry-run=client -o yaml | kubectl apply -f -`,
    'fi',
    `kubectl apply -n "$NAMESPACE" -f manifests/${name}.yaml`,
    '# The first start downloads the weights, loads them and captures CUDA graphs: allow several minutes.',
    `kubectl wait --for=condition=Ready ${kind}/${name} -n "$NAMESPACE" --timeout=30m`,
    `kubectl get ${kind} ${name} -n "$NAMESPACE"`,
  ]);
}

function loadTestScript(c: DeploymentChoices, name: string, repo: string, qps: number): string {
  const prompts = Math.max(100, Math.round(qps * 120));
  const target =
    c.installPath === 'llm-d'
      ? [
          '# The route is /<namespace>/<name>/v1/… on the shared gateway (vLLM’s own paths, no /openai prefix).',
          `ENDPOINT="/\${NAMESPACE}/${name}/v1/chat/completions"`,
          `HOST_HEADER=()`,
        ]
      : [
          '# The Hugging Face runtime serves the OpenAI API under /openai; the gateway routes on the Host header.',
          `ISVC_HOST="$(kubectl get inferenceservice ${name} -n "$NAMESPACE" -o jsonpath='{.status.url}' | cut -d/ -f3)"`,
          'ENDPOINT="/openai/v1/chat/completions"',
          'HOST_HEADER=(--header "Host=$ISVC_HOST")',
        ];
  const served = c.installPath === 'llm-d' ? repo : name;
  return script([
    `# A ${Math.round(prompts / qps)}-second load test at the rate you planned for (${qps} requests/s), with vLLM's benchmark client`,
    `# (vllm ${VLLM_VERSION}: pip install "vllm==${VLLM_VERSION}" on the machine that runs it).`,
    '# INGRESS is your gateway’s external address (host or host:port); the load-testing lesson shows how to find it.',
    `NAMESPACE="\${NAMESPACE:-${c.namespace}}"`,
    ': "${INGRESS:?set INGRESS to the gateway address, e.g. INGRESS=203.0.113.10}"',
    ...target,
    '',
    'vllm bench serve --backend openai-chat --base-url "http://$INGRESS" "${HOST_HEADER[@]}" --endpoint "$ENDPOINT" \\',
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
  const versions = [...new Set(installStepsFor(c.installPath, steps).flatMap((s) => s.commands.map((x) => x.checkedAgainst)))];
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
    `| Install path | ${pathLabel(c.installPath)} |`,
    `| Replicas | ${replicas} (${c.minReplicas * tp} to ${c.maxReplicas * tp} GPUs) |`,
    `| Namespace | \`${c.namespace}\` |`,
    `| Max context (\`--max-model-len\`) | ${c.maxModelLen.toLocaleString('en-US')} tokens |`,
    `| Planned load | ${qps} requests/s |`,
    '',
    '## Files, in the order you use them',
    '',
    '1. `install.sh`: the one-time install of the stack (cluster administrators; skip what your cluster already has).',
    `2. \`manifests/${name}.yaml\`: the ${c.installPath === 'llm-d' ? 'LLMInferenceService' : 'InferenceService'}. Check it with \`npm run --silent validate -- manifests/${name}.yaml\` from a Serving Lab checkout.`,
    '3. `deploy.sh`: creates the namespace and the token Secret (when `HF_TOKEN` is set) and applies the manifest.',
    '4. `load-test.sh`: a load test at the planned rate with `vllm bench serve`.',
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
    { path: 'install.sh', content: installScript(choices, steps) },
    { path: `manifests/${name}.yaml`, content: manifestYamlOf(choices) },
    { path: 'deploy.sh', content: deployScript(choices, name) },
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
