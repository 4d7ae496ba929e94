/**
 * Keeps the deployment lessons honest: the sizing and cost figures they attribute to the course's
 * capacity model are recomputed here with the same query (and the knowledge checks graded by the
 * model agree); the manifests the steps apply pass the course's validator for KServe v0.20.0 once
 * the shell variables are filled in; every lesson has the expected shape (frontmatter with https
 * sources, a pinned version, its embeds, its knowledge check, terms and links that resolve).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPLOY_PINS, findDeployStep } from '../../../src/content/deployment/steps.ts';
import { GLOSSARY, getTerm } from '../../../src/content/glossary/index.ts';
import { LESSON_IDS } from '../../../src/content/lessonIds.ts';
import { validateManifestsAsync } from '../../../src/manifests/index.ts';
import { capacitySearch, type CapacityPlan, type CapacityQuery } from '../../../src/sim/patterns/index.ts';
import type { KnowledgeCheckSet, NumericItem, SingleItem } from '../../../src/quiz/schema.ts';
import KC_SIZING from '../../../src/content/quiz/lessons/deployment--prerequisites-and-sizing.ts';
import KC_OPS from '../../../src/content/quiz/lessons/deployment--operations.ts';

const DIR = new URL('../../../src/lessons/06-deployment/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort();
const lesson = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

function plan(q: Partial<CapacityQuery>): CapacityPlan {
  const it = capacitySearch({
    modelId: 'qwen2.5-32b',
    gpuId: 'h100-sxm-80gb',
    workload: 'chat',
    qps: 10,
    ttftP90S: 1,
    itlP90Ms: 50,
    maxModelLen: 8192,
    router: 'prefix-aware',
    maxGpus: 16,
    seed: 1,
    ...q,
  });
  let r = it.next();
  while (!r.done) r = it.next();
  return r.value;
}

function numericAnswer(set: KnowledgeCheckSet, id: string): number {
  const item = set.items.find((i) => i.id === id) as NumericItem | undefined;
  if (!item || item.kind !== 'numeric') throw new Error(`no numeric item ${id}`);
  return item.answer;
}

function singleAnswerText(set: KnowledgeCheckSet, id: string): string {
  const item = set.items.find((i) => i.id === id) as SingleItem | undefined;
  if (!item || item.kind !== 'single') throw new Error(`no single item ${id}`);
  return item.options.find((o) => o.id === item.answer)?.text ?? '';
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const expectAll = (text: string, figures: readonly string[]) => expect(figures.filter((x) => !text.includes(x))).toEqual([]);

describe('lesson 1: sizing figures come from the capacity model', () => {
  const text = lesson('01-prerequisites-and-sizing.mdx');
  const qwen = plan({});

  it('Qwen2.5-32B: TP 2, 30.5 GiB of weights per GPU, 313,344 KV tokens, 38 full sequences, 262,144 bytes per token', () => {
    const r = qwen.replica;
    expect(r).not.toBeNull();
    if (!r) return;
    expect(r.tp).toBe(2);
    expectAll(text, [
      `**${(r.weightsPerGpuGiB).toFixed(1)} GiB**`,
      `**${n(r.kvBytesPerToken)}**`,
      `**${n(r.kvCacheTokens)}**`,
      `**${r.fullSequences}** sequences`,
      `about ${(r.weightsPerGpuGiB * 2).toFixed(0)} GiB`,
      `${(0.9 * 80).toFixed(0)} GiB`,
    ]);
    expect(numericAnswer(KC_SIZING, 'kc:deployment/prerequisites-and-sizing#2')).toBe(r.kvBytesPerToken / 1024);
    expect(numericAnswer(KC_SIZING, 'kc:deployment/prerequisites-and-sizing#3')).toBe(r.tp);
    expect(numericAnswer(KC_SIZING, 'kc:deployment/prerequisites-and-sizing#5')).toBe(r.fullSequences);
  });

  it('chat at 10 req/s: one replica misses (TTFT p90 in seconds), two meet the objectives on 4 GPUs', () => {
    const one = qwen.trials.find((t) => t.replicas === 1);
    const ans = qwen.answer;
    expect(one?.meets).toBe(false);
    expect(ans?.replicas).toBe(2);
    expect(ans?.gpus).toBe(4);
    if (!one || !ans) return;
    expectAll(text, [`**${one.ttftP90S.toFixed(3)} s**`, `**${ans.ttftP90S.toFixed(3)} s**`, `**${ans.itlP90Ms.toFixed(1)} ms**`, `**${ans.gpus} GPUs**`]);
    expect(numericAnswer(KC_SIZING, 'kc:deployment/prerequisites-and-sizing#4')).toBe(ans.replicas);
  });

  it('Llama-3.1-8B needs one replica of one GPU; Llama-3.1-70B needs TP 4 and one replica at 5 req/s', () => {
    const small = plan({ modelId: 'llama-3.1-8b' });
    expect(small.replica?.tp).toBe(1);
    expect(small.answer?.replicas).toBe(1);
    const big = plan({ modelId: 'llama-3.1-70b', qps: 5 });
    expect(big.replica?.tp).toBe(4);
    expect(big.answer?.replicas).toBe(1);
    expectAll(text, ['Llama-3.1-70B needs TP 4', `about ${(big.replica?.weightsPerGpuGiB ?? 0).toFixed(1)} GiB of weights per GPU`, 'one replica of it holds chat at 5 requests a second']);
  });
});

describe('lesson 8: cost per million tokens from the same plan', () => {
  const text = lesson('08-operations.mdx');
  const ans = plan({}).answer;

  it('4 GPUs at the plan’s output rate: 6.58 million tokens an hour, 0.61 GPU-hours per million', () => {
    expect(ans).not.toBeNull();
    if (!ans) return;
    const perHourM = (ans.outputTokensPerS * 3600) / 1e6;
    const gpuHoursPerM = ans.gpus / perHourM;
    expectAll(text, [`**${ans.outputTokensPerS.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}**`, `**${perHourM.toFixed(2)} million**`, `**${gpuHoursPerM.toFixed(2)} GPU-hours`]);
    expect(numericAnswer(KC_OPS, 'kc:deployment/operations#1')).toBeCloseTo(ans.outputTokensPerS / ans.gpus, 1);
    expect(singleAnswerText(KC_OPS, 'kc:deployment/operations#10')).toContain(gpuHoursPerM.toFixed(2));
  });
});

describe('the manifests the steps apply are valid for KServe v0.20.0', () => {
  const fill = (s: string) =>
    s
      .replaceAll('$MODEL_NAME', 'qwen')
      .replaceAll('$MODEL_URI', 'hf://Qwen/Qwen2.5-7B-Instruct')
      .replaceAll('$MODEL_ID', 'Qwen/Qwen2.5-7B-Instruct')
      .replaceAll('$NAMESPACE', 'llm-demo')
      .replaceAll('$GPUS', '1');
  const heredoc = (run: string) => /<<'?EOF'?\n([\s\S]*?)\nEOF/.exec(run)?.[1] ?? '';

  it('deploy-isvc and deploy-llmisvc pass the validator', async () => {
    const docs = ['deploy-isvc', 'deploy-llmisvc'].map((id) => fill(heredoc(findDeployStep(id)?.commands[0]?.run ?? '')));
    for (const d of docs) expect(d).toMatch(/^apiVersion: serving\.kserve\.io\//);
    const result = await validateManifestsAsync(docs.join('\n---\n'));
    expect(result.errors).toEqual([]);
  });

  it('the validator rejects a broken copy (the check can fail)', async () => {
    const step = findDeployStep('deploy-llmisvc');
    const yaml = fill(heredoc(step?.commands[0]?.run ?? '')).replace('  replicas: 2\n', '  replicas: 2\n  scaling:\n    minReplicas: 1\n    maxReplicas: 2\n');
    const result = await validateManifestsAsync(yaml);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('every deployment lesson has the expected shape', () => {
  const planned = LESSON_IDS.filter((id) => id.startsWith('deployment/'));
  const taught = new Set(GLOSSARY.map((t) => t.lesson));
  const pins = Object.values(DEPLOY_PINS);

  it('has one file per planned lesson, in plan order', () => {
    expect(FILES.map((f) => `deployment/${f.replace(/^\d\d-/, '').replace(/\.mdx$/, '')}`)).toEqual(planned);
  });

  it.each(FILES)('%s', (file) => {
    const text = lesson(file);
    const id = `deployment/${file.replace(/^\d\d-/, '').replace(/\.mdx$/, '')}`;
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    for (const key of ['title:', 'summary:', 'minutes:', 'objectives:', 'sources:']) expect(fm, `${file}: ${key}`).toContain(key);
    const urls = [...fm.matchAll(/url: (\S+)/g)].map((m) => m[1] ?? '');
    expect(urls.length, `${file}: sources`).toBeGreaterThanOrEqual(5);
    for (const u of urls) expect(new URL(u).protocol, u).toBe('https:');

    const body = text.slice(fm.length + 8);
    const words = body.replace(/```[\s\S]*?```/g, ' ').replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
    expect(words, `${file}: words`).toBeGreaterThan(1000);
    expect(words, `${file}: words`).toBeLessThan(2600);

    expect(pins.some((p) => text.includes(p)), `${file} states a pinned version`).toBe(true);
    expect(text).toContain(`<KnowledgeCheck lesson="${id}" />`);
    expect(text).toMatch(/import \{ DeployStep \} from '\.\.\/\.\.\/ui\/deployment\/DeployStep\.tsx';/);
    expect(text).toMatch(/<DeployStep id="[a-z0-9-]+" \/>/);
    expect(taught.has(id), `${id} teaches a glossary term`).toBe(true);

    for (const m of text.matchAll(/<Term id="([^"]+)">/g)) expect(getTerm(m[1] ?? ''), `${file}: term ${m[1]}`).toBeDefined();
    for (const m of text.matchAll(/\]\(\/learn\/([a-z0-9-]+\/[a-z0-9-]+)\)/g)) expect(LESSON_IDS as readonly string[], `${file}: link ${m[1]}`).toContain(m[1]);
  });

  it('lesson 1 embeds the sizing calculator and lesson 4 the deployment plan', () => {
    expect(lesson('01-prerequisites-and-sizing.mdx')).toMatch(/import \{ SizingCalculator \} from '\.\.\/\.\.\/ui\/deployment\/SizingCalculator\.tsx';[\s\S]*<SizingCalculator \/>/);
    expect(lesson('04-deploying-a-model.mdx')).toMatch(/import \{ DeploymentPlan \} from '\.\.\/\.\.\/ui\/deployment\/DeploymentPlan\.tsx';[\s\S]*<DeploymentPlan \/>/);
  });

  it('quotes llm-d’s optimized-baseline figures as published (one report version)', () => {
    const text = lesson('07-load-testing.mdx');
    expectAll(text, ['**5,722 → 13,163**', '**58.10 s → 0.156 s**', '**18.1 s**']);
    expect((13163 / 5722 - 1) * 100).toBeCloseTo(130, 0);
  });
});
