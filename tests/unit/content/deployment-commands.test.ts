/**
 * No fictional or outdated command anywhere in the course. Learners paste what the lessons print
 * into real clusters, so this test scans every lesson, knowledge check, quiz bank item, glossary
 * entry and deployment step for commands that do not exist (`kubectl create cluster`, `--gpus` on
 * kubectl), installs older than the pinned releases (KServe `release-0.x` branches and release
 * assets before v0.20, pre-v1 Inference Extension CRDs, Knative before the pinned v1.21), unpinned
 * installs of the stack (Helm charts without `--version`, `releases/latest` downloads) and removed
 * CLIs (`guidellm benchmark`, `benchmarks/benchmark_serving.py`); the widget models that print commands
 * are scanned too. A failure names file and line.
 *
 * A line that shows a bad command on purpose (a quiz distractor) carries the marker
 * `deployment-commands: allow` on the same or the previous line.
 *
 * It also checks DEPLOY_STEPS: unique ids, planned lessons in install order, every step embedded by
 * its lesson, versions and https sources on every command, shell variables instead of placeholders.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEPLOY_PINS, DEPLOY_STEPS, DEPLOY_VARIABLES } from '../../../src/content/deployment/steps.ts';
import { LESSON_IDS } from '../../../src/content/lessonIds.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const KSERVE_PIN_MINOR = Number(/^v0\.(\d+)\./.exec(DEPLOY_PINS.kserve)?.[1]);
const KNATIVE_PIN_MINOR = Number(/^v1\.(\d+)\./.exec(DEPLOY_PINS.knativeServing)?.[1]);
const ALLOW = 'deployment-commands: allow';

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly text: string;
}

interface Rule {
  readonly id: string;
  readonly why: string;
  /** Returns true when the (logical) line breaks the rule. */
  readonly test: (line: string) => boolean;
}

/** Charts of the stack that must always be installed at a pinned version. */
const STACK_CHART = /(oci:\/\/ghcr\.io\/kserve\/charts\/|oci:\/\/ghcr\.io\/llm-d\/charts\/|oci:\/\/registry\.k8s\.io\/gateway-api-inference-extension\/charts\/|jetstack\/cert-manager|nvidia\/gpu-operator|kube-prometheus-stack|oci:\/\/docker\.io\/envoyproxy\/|knative-operator\/knative-operator|llm-d-infra\/|llm-d-modelservice)/;

const RULES: readonly Rule[] = [
  {
    id: 'kubectl-create-cluster',
    why: 'kubectl has no subcommand that creates a cluster (use kind, minikube or your cloud provider)',
    test: (l) => /\bkubectl\s+create\s+cluster\b/.test(l),
  },
  {
    id: 'kubectl-gpus-flag',
    why: 'kubectl has no --gpus flag (GPUs are requested with resources.limits nvidia.com/gpu)',
    test: (l) => /\bkubectl\b[^\n`'"]*\s--gpus\b/.test(l),
  },
  {
    id: 'kserve-old-branch',
    why: `KServe release-0.x branches older than the pinned ${DEPLOY_PINS.kserve}`,
    test: (l) => {
      // release-0.x inside a KServe URL or path, or as the branch of a KServe clone (llm-d's release-0.8 is fine).
      const hits = [...l.matchAll(/kserve[\w./:@-]*?release-0\.(\d+)\b/gi), ...l.matchAll(/git\s+clone\b[^\n]*kserve[^\n]*(?:-b|--branch)\s+release-0\.(\d+)/gi)];
      return hits.some((m) => Number(m[1]) < KSERVE_PIN_MINOR);
    },
  },
  {
    id: 'kserve-old-release-asset',
    why: `KServe install assets older than the pinned ${DEPLOY_PINS.kserve}`,
    test: (l) => {
      for (const m of l.matchAll(/(?:github\.com\/kserve\/kserve\/releases\/download|raw\.githubusercontent\.com\/kserve\/kserve)\/v0\.(\d+)\.\d+/g)) if (Number(m[1]) < KSERVE_PIN_MINOR) return true;
      return false;
    },
  },
  {
    id: 'kfserving',
    why: 'KFServing was renamed KServe in 2021; its install files are long gone',
    test: (l) => /kfserving\.yaml|kubeflow\/kfserving\b/.test(l),
  },
  {
    id: 'latest-stack-download',
    why: 'unpinned install of the stack (releases/latest or @latest); pin the release',
    test: (l) =>
      /(kserve\/kserve|gateway-api|gateway-api-inference-extension|knative\/serving|net-kourier|kubernetes-sigs\/lws|llm-d\/llm-d-router|cert-manager\/cert-manager)\/releases\/latest\b/.test(l) ||
      /\b(kserve|llm-d|gateway-api-inference-extension)[\w./-]*@latest\b/.test(l),
  },
  {
    id: 'helm-unpinned',
    why: 'helm install/upgrade of a stack chart without --version',
    test: (l) => /\bhelm\s+(install|upgrade)\b/.test(l) && STACK_CHART.test(l) && !/--version[=\s]/.test(l),
  },
  {
    id: 'kserve-chart-version',
    why: `KServe charts must be installed at the pinned ${DEPLOY_PINS.kserve} (or a $VARIABLE for an upgrade target)`,
    test: (l) => {
      if (!/\bhelm\s+(install|upgrade|template|show)\b/.test(l) || !/oci:\/\/ghcr\.io\/kserve\/charts\//.test(l)) return false;
      const v = /--version[=\s]+(\S+)/.exec(l)?.[1];
      return v !== undefined && v !== DEPLOY_PINS.kserve && !v.startsWith('$');
    },
  },
  {
    id: 'knative-old-release',
    why: `Knative Serving older than the ${DEPLOY_PINS.knativeServing} KServe ${DEPLOY_PINS.kserve} pins`,
    test: (l) => {
      for (const m of l.matchAll(/(?:knative\/serving|knative-extensions\/net-kourier|knative\/operator)\/releases\/download\/knative-v1\.(\d+)\.\d+/g)) if (Number(m[1]) < KNATIVE_PIN_MINOR) return true;
      return false;
    },
  },
  {
    id: 'inference-extension-pre-v1',
    why: 'Gateway API Inference Extension v0.x CRDs (alpha API, InferenceModel) were replaced by v1 (InferencePool v1, InferenceObjective)',
    test: (l) => /gateway-api-inference-extension\/releases\/download\/v0\.\d+/.test(l) || /^\s*kind:\s*InferenceModel\s*$/.test(l),
  },
  {
    id: 'guidellm-removed-cli',
    why: 'GuideLLM 0.7 replaced `guidellm benchmark --target …` with `guidellm run --backend kind=…,target=…`',
    test: (l) => /\bguidellm\s+benchmark\b/.test(l) || /\bguidellm\b[^\n]*\s--target[=\s]/.test(l),
  },
  {
    id: 'vllm-benchmark-script',
    why: 'vLLM replaced benchmarks/benchmark_serving.py with `vllm bench serve`',
    test: (l) => /(python3?\s+\S*benchmark_serving\.py|benchmarks\/benchmark_serving\.py)/.test(l),
  },
  {
    id: 'kserve-old-mode-name',
    why: 'KServe v0.16 renamed the modes: RawDeployment → Standard, Serverless → Knative (write the current names in manifests and flags)',
    test: (l) => /(deploymentMode["']?\s*[:=]\s*["']?(RawDeployment|Serverless)\b)/.test(l) && !/defaultDeploymentMode/.test(l),
  },
];

/** Joins shell continuation lines (`\` at the end) into one logical line, keeping the first line number. */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const start = i;
    let cur = raw[i] ?? '';
    while (/\\\s*$/.test(cur) && !/\\\\n\s*$/.test(cur) && i + 1 < raw.length) {
      i++;
      cur = cur.replace(/\\\s*$/, ' ') + (raw[i] ?? '');
    }
    out.push({ line: start + 1, text: cur });
  }
  return out;
}

/** Every rule broken in `text`; `file` only labels the findings. */
export function scanCommands(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const raw = text.split('\n');
  // Escaped newlines inside one-line TS strings ("helm install … \\\n  --version …") stay on one line.
  for (const { line, text: l } of logicalLines(text)) {
    const flat = l.replace(/\\\\\\n/g, ' ').replace(/\\n/g, ' ');
    if ((raw[line - 1] ?? '').includes(ALLOW) || (raw[line - 2] ?? '').includes(ALLOW)) continue;
    for (const r of RULES) if (r.test(flat)) findings.push({ file, line, rule: r.id, text: l.trim().slice(0, 160) });
  }
  return findings;
}

function listFiles(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, ext));
    else if (ext.test(e.name)) out.push(p);
  }
  return out;
}

const SCANNED = [
  ...listFiles(join(ROOT, 'src/lessons'), /\.mdx$/),
  ...listFiles(join(ROOT, 'src/content/quiz'), /\.ts$/),
  ...listFiles(join(ROOT, 'src/content/glossary'), /\.ts$/),
  ...listFiles(join(ROOT, 'src/content/deployment'), /\.ts$/),
  // Widgets that print commands for the learner to run (the load-test widget's bench commands).
  ...listFiles(join(ROOT, 'src/widget-models'), /\.ts$/),
];

const report = (f: readonly Finding[]) => f.map((x) => `${x.file}:${x.line} [${x.rule}] ${x.text}`);

describe('the scanner catches known-bad commands (self-test)', () => {
  const BAD: readonly (readonly [string, string])[] = [
    ['kubectl-create-cluster', 'kubectl create cluster --name demo'],
    ['kubectl-gpus-flag', 'kubectl run vllm --image=vllm/vllm-openai --gpus 1'],
    ['kserve-old-branch', 'kubectl apply -f https://raw.githubusercontent.com/kserve/kserve/release-0.11/install/v0.11.0/kserve.yaml'],
    ['kserve-old-branch', 'git clone https://github.com/kserve/kserve.git -b release-0.15'],
    ['kserve-old-release-asset', 'kubectl apply -f https://github.com/kserve/kserve/releases/download/v0.11.2/kserve.yaml'],
    ['kfserving', 'kubectl apply -f kfserving.yaml'],
    ['latest-stack-download', 'kubectl apply -f https://github.com/kubernetes-sigs/gateway-api-inference-extension/releases/latest/download/manifests.yaml'],
    ['helm-unpinned', 'helm install kserve-crd oci://ghcr.io/kserve/charts/kserve-crd -n kserve'],
    ['helm-unpinned', 'helm install my-llm-d llm-d-infra/llm-d-infra'],
    ['kserve-chart-version', 'helm install kserve-crd oci://ghcr.io/kserve/charts/kserve-crd --version v0.15.0 -n kserve'],
    ['knative-old-release', 'kubectl apply -f https://github.com/knative/serving/releases/download/knative-v1.14.0/serving-core.yaml'],
    ['inference-extension-pre-v1', 'kubectl apply -f https://github.com/kubernetes-sigs/gateway-api-inference-extension/releases/download/v0.3.0/manifests.yaml'],
    ['inference-extension-pre-v1', 'kind: InferenceModel'],
    ['guidellm-removed-cli', 'guidellm benchmark --target http://localhost:8000 --rate-type sweep'],
    ['vllm-benchmark-script', 'python benchmarks/benchmark_serving.py --backend vllm'],
    ['kserve-old-mode-name', '--set kserve.controller.deploymentMode=RawDeployment'],
  ];

  it.each(BAD)('flags %s', (rule, line) => {
    expect(scanCommands('self-test', line).map((f) => f.rule)).toContain(rule);
  });

  it('joins continuation lines, so --version on the next line counts, and reports the first line', () => {
    const pinned = 'helm install kserve-crd oci://ghcr.io/kserve/charts/kserve-crd \\\n  --version v0.20.0 -n kserve';
    expect(scanCommands('ok', pinned)).toEqual([]);
    const unpinned = 'text\nhelm install kserve-crd oci://ghcr.io/kserve/charts/kserve-crd \\\n  -n kserve';
    expect(scanCommands('bad.mdx', unpinned)).toEqual([expect.objectContaining({ file: 'bad.mdx', line: 2, rule: 'helm-unpinned' })]);
  });

  it('reads one-line TypeScript strings with escaped newlines', () => {
    expect(scanCommands('ok.ts', "cmd('helm install x oci://ghcr.io/llm-d/charts/llm-d-router-standalone \\\\\\n  --version v0.9.0')")).toEqual([]);
    expect(scanCommands('bad.ts', "cmd('helm install x oci://ghcr.io/llm-d/charts/llm-d-router-standalone \\\\\\n  -n ns')").map((f) => f.rule)).toEqual(['helm-unpinned']);
  });

  it('accepts the pinned commands and honours the allow marker', () => {
    for (const ok of [
      'kind create cluster --name serving-lab',
      'helm install cert-manager jetstack/cert-manager --version v1.17.0 --set crds.enabled=true',
      'kubectl apply -f https://github.com/kubernetes-sigs/gateway-api-inference-extension/releases/download/v1.5.0/v1-manifests.yaml',
      'git clone https://github.com/llm-d/llm-d.git && cd llm-d && git checkout release-0.8',
      'KServe v0.20.0 with the llm-d guides on branch release-0.8',
      'vllm bench serve --backend openai --num-prompts 500',
    ])
      expect(scanCommands('ok', ok), ok).toEqual([]);
    expect(scanCommands('ok', `// ${ALLOW}\n'kubectl create cluster'`)).toEqual([]);
  });
});

describe('no fictional or outdated command in the course', () => {
  it('scans the lessons, knowledge checks, quiz bank, glossary and deployment data', () => {
    expect(SCANNED.length).toBeGreaterThan(40);
    expect(SCANNED.some((f) => f.endsWith('steps.ts'))).toBe(true);
  });

  it('finds none (file:line [rule] text)', () => {
    const findings = SCANNED.flatMap((f) => scanCommands(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(report(findings)).toEqual([]);
  });

  it('finds none in the commands DEPLOY_STEPS hands to the plan bundle', () => {
    const findings = DEPLOY_STEPS.flatMap((s) =>
      [...s.commands, ...(s.verify ? [s.verify] : [])].flatMap((c) => scanCommands(`DEPLOY_STEPS ${s.id}`, c.run)),
    );
    expect(report(findings)).toEqual([]);
  });
});

describe('DEPLOY_STEPS', () => {
  const planned = new Set<string>(LESSON_IDS);
  const lessonOrder = LESSON_IDS.filter((id) => id.startsWith('deployment/'));
  const commands = DEPLOY_STEPS.flatMap((s) => [...s.commands, ...(s.verify ? [s.verify] : [])].map((c) => ({ step: s.id, c })));

  it('has unique, url-safe ids', () => {
    const ids = DEPLOY_STEPS.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('belongs to planned deployment lessons, in install (lesson) order', () => {
    for (const s of DEPLOY_STEPS) {
      expect(planned.has(s.lesson), `${s.id} → ${s.lesson}`).toBe(true);
      expect(s.lesson.startsWith('deployment/'), s.id).toBe(true);
    }
    const idx = DEPLOY_STEPS.map((s) => lessonOrder.indexOf(s.lesson));
    expect(idx.every((x, i) => i === 0 || x >= (idx[i - 1] ?? 0))).toBe(true);
  });

  it('every step is embedded by its own lesson, and every embed names a step', () => {
    const dir = join(ROOT, 'src/lessons/06-deployment');
    const files = listFiles(dir, /\.mdx$/);
    expect(files.length).toBe(lessonOrder.length);
    const embeds = new Map<string, string[]>();
    for (const f of files) {
      const slug = /\d\d-([a-z0-9-]+)\.mdx$/.exec(f)?.[1];
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/<DeployStep\s+id="([^"]+)"\s*\/>/g)) {
        const id = m[1] ?? '';
        embeds.set(id, [...(embeds.get(id) ?? []), `deployment/${slug}`]);
      }
    }
    const known = new Set(DEPLOY_STEPS.map((s) => s.id));
    expect([...embeds.keys()].filter((id) => !known.has(id))).toEqual([]);
    for (const s of DEPLOY_STEPS) expect(embeds.get(s.id) ?? [], `step ${s.id} is embedded by ${s.lesson}`).toContain(s.lesson);
  });

  it('every command says what it was checked against and comes from an https source', () => {
    for (const { step, c } of commands) {
      expect(c.run.trim().length, step).toBeGreaterThan(0);
      expect(c.checkedAgainst.trim().length, `${step}: checkedAgainst`).toBeGreaterThan(0);
      expect(new URL(c.source).protocol, `${step}: ${c.source}`).toBe('https:');
    }
    for (const s of DEPLOY_STEPS) {
      expect(s.title.trim().length, s.id).toBeGreaterThan(0);
      expect(s.why.trim().length, s.id).toBeGreaterThan(20);
      expect(s.commands.length, s.id).toBeGreaterThan(0);
    }
  });

  it('uses shell variables for choices, never <placeholders> or TODOs, and only documented variables', () => {
    for (const { step, c } of commands) {
      expect(c.run, step).not.toMatch(/<(your|namespace|model|name|token|pod|revision)[^>]*>/i);
      expect(c.run, step).not.toMatch(/\bTODO\b|\bFIXME\b|\bxxx\b/);
      const assigned = new Set([...c.run.matchAll(/(?:export\s+|for\s+)([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
      // Variables inside a quoted heredoc (<<'EOF') reach the cluster unexpanded (Prometheus templates).
      const expanded = c.run.replace(/<<'EOF'[\s\S]*?\nEOF/g, '');
      for (const m of expanded.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const v = m[1] ?? '';
        expect(v in DEPLOY_VARIABLES || assigned.has(v), `${step}: $${v} is neither documented nor set in the command`).toBe(true);
      }
    }
  });

  it('keeps the LLMInferenceService presets on their own last line, so a route without that controller can drop it', () => {
    const run = DEPLOY_STEPS.find((s) => s.id === 'kserve-runtimes')?.commands[0]?.run ?? '';
    expect(run.split('\n').at(-1)?.trim()).toBe('--set kserve.llmisvcConfigs.enabled=true');
    expect(DEPLOY_STEPS.find((s) => s.id === 'kserve-runtimes')?.commands[0]?.note).toMatch(/drop the last --set line/);
  });

  it('installs every chart of the stack at a pinned version', () => {
    for (const { step, c } of commands) {
      const flat = c.run.replace(/\\\n/g, ' ');
      for (const line of flat.split('\n')) {
        if (/oci:\/\/ghcr\.io\/kserve\/charts\//.test(line) && /\bhelm\s+install\b/.test(line)) expect(line, step).toContain(`--version ${DEPLOY_PINS.kserve}`);
        if (/llm-d-router-(standalone|gateway)/.test(line) && /\bhelm\s+(install|upgrade)\b/.test(line)) expect(line, step).toContain(`--version ${DEPLOY_PINS.llmdRouter}`);
        if (/jetstack\/cert-manager/.test(line) && /\bhelm\s+install\b/.test(line)) expect(line, step).toContain(`--version ${DEPLOY_PINS.certManager}`);
        if (/nvidia\/gpu-operator/.test(line) && /\bhelm\s+install\b/.test(line)) expect(line, step).toContain(`--version=${DEPLOY_PINS.gpuOperator}`);
        if (/kube-prometheus-stack/.test(line) && /\bhelm\s+install\b/.test(line)) expect(line, step).toContain(`--version ${DEPLOY_PINS.kubePrometheusStack}`);
        if (/pip install/.test(line) && /vllm|guidellm|inference-perf/.test(line)) expect(line, step).toMatch(/==\d+\.\d+\.\d+/);
      }
    }
  });

  it('paths name real install paths, and each path has a complete route from cluster to model', () => {
    const paths = ['kserve-standard', 'kserve-knative', 'llm-d'] as const;
    for (const s of DEPLOY_STEPS) for (const p of s.paths ?? []) expect(paths).toContain(p);
    const on = (p: (typeof paths)[number]) => DEPLOY_STEPS.filter((s) => !s.paths || s.paths.includes(p)).map((s) => s.id);
    expect(on('kserve-standard')).toEqual(expect.arrayContaining(['cert-manager', 'gateway-api-crds', 'kserve-standard-helm', 'kserve-llmisvc-helm', 'kserve-runtimes', 'deploy-llmisvc']));
    expect(on('kserve-knative')).toEqual(expect.arrayContaining(['cert-manager', 'knative-serving', 'kserve-knative-helm', 'kserve-runtimes', 'deploy-isvc', 'smoke-test-isvc']));
    expect(on('kserve-standard')).toEqual(expect.arrayContaining(['smoke-test', 'canary-llmisvc']));
    expect(on('llm-d')).toEqual(expect.arrayContaining(['smoke-test-llm-d', 'scrape-llm-d']));
    expect(on('llm-d')).toEqual(expect.arrayContaining(['inference-extension-crds', 'llm-d-prepare', 'llm-d-router', 'llm-d-model-server']));
    expect(on('llm-d')).not.toContain('kserve-standard-helm');
    expect(on('kserve-knative')).not.toContain('deploy-llmisvc');
  });
});
