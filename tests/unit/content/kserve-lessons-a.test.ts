/**
 * Keeps the InferenceService, storage and security lessons honest: every manifest they show passes
 * the course's validator for the pinned KServe release, the storage lesson lists exactly the schemes
 * KServe's webhook accepts, the cold-start arithmetic is recomputed from the published measurement
 * it starts from, the knowledge checks agree with the lessons, and every glossary link resolves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTerm } from '../../../src/content/glossary/index.ts';
import { loadKnowledgeCheck } from '../../../src/content/quiz/lessons/registry.ts';
import { KSERVE_VERSION, SUPPORTED_STORAGE_URI_PREFIXES, validateManifestsAsync } from '../../../src/manifests/index.ts';

const lesson = (file: string) => readFileSync(new URL(`../../../src/lessons/04-kserve/${file}`, import.meta.url), 'utf8');

const LESSONS = [
  ['01-inference-service.mdx', 'kserve/inference-service'],
  ['03-storage.mdx', 'kserve/storage'],
  ['05-security.mdx', 'kserve/security'],
] as const;

/** The callout between its title and the closing tag. */
function callout(text: string, title: string): string {
  const start = text.indexOf(`title="${title}"`);
  if (start < 0) throw new Error(`no callout "${title}"`);
  return text.slice(start, text.indexOf('</Callout>', start));
}

/** A figure as the lessons print it: thousands separated by a comma, at most `digits` decimals. */
const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

describe('storage lesson: the cold start, recomputed', () => {
  const STORAGE = lesson('03-storage.mdx');
  const measured = callout(STORAGE, 'Measured: Llama-3.1-8B, scale from zero (KServe Fluid sample)');
  const estimated = callout(STORAGE, 'Estimated: a 70B model (no published KServe measurement)');
  // KServe's Fluid sample (docs/samples/fluid/README.md at v0.20.0): 265.253 s vs 50.111 s, 15 GB snapshot.
  const withInitializer = 265.253;
  const withCache = 50.111;
  const snapshotGB = 15;
  const download = withInitializer - withCache;
  const rateGBs = snapshotGB / download;

  it('quotes the measurement as published', () => {
    expect(measured).toContain(`${fmt(withInitializer, 1)} s`);
    expect(measured).toContain(`${fmt(withCache, 1)} s`);
    expect(measured).toContain(`${snapshotGB} GB snapshot`);
  });

  it('derives the download time, rate and share from it', () => {
    expect(STORAGE).toContain(`the ${fmt(download)} s difference`);
    expect(STORAGE).toContain(`~${fmt(Math.round(rateGBs * 100) * 10)} MB/s`);
    expect(STORAGE).toContain(`about ${fmt(rateGBs * 8, 2)} Gbit/s`);
    expect(STORAGE).toContain(`remaining ~${fmt(withCache)} s`);
    // "about four fifths": the download's share rounds to 80 %.
    expect(Math.round((download / withInitializer) * 10) / 10).toBe(0.8);
    expect(STORAGE).toContain('about four fifths of the cold start');
  });

  it('scales the same rate and the stated line rates to a 70B model', () => {
    const weightsGB = 70 * 2; // 70e9 parameters × 2 bytes (bf16)
    expect(estimated).toContain(`≈ ${weightsGB} GB in bf16`);
    expect(estimated).toContain(`about ${Math.round(weightsGB / snapshotGB)}× the 8B snapshot`);
    const atMeasuredRate = weightsGB / 0.07;
    expect(Math.round(atMeasuredRate / 100) * 100).toBe(2000);
    expect(atMeasuredRate / 60).toBeGreaterThan(30);
    expect(estimated).toContain(`${weightsGB} GB ÷ 0.07 GB/s ≈ 2,000 s, **over half an hour**`);
    expect(estimated).toContain(`${fmt(weightsGB / (10 / 8))} s`);
    expect(estimated).toContain(`At 25 Gbit/s: about ${fmt(weightsGB / (25 / 8))} s`);
    expect(estimated).toContain(`about ${fmt(weightsGB / 3)} s`);
  });

  it('the knowledge check asks for the same share and the same 70B download time', async () => {
    const check = await loadKnowledgeCheck('kserve/storage');
    const numeric = (check?.items ?? []).filter((item) => item.kind === 'numeric');
    const share = numeric.find((item) => item.prompt.includes('percentage'));
    expect(share?.answer).toBe(Math.round((download / withInitializer) * 100));
    const line = numeric.find((item) => item.prompt.includes('10 Gbit/s'));
    expect(line?.answer).toBe(140 / (10 / 8));
  });
});

describe('kserve lessons A: structure', () => {
  it.each(LESSONS)('%s links only to glossary terms that exist', (file) => {
    const ids = [...lesson(file).matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !getTerm(id))).toEqual([]);
  });

  it.each(LESSONS)('%s ends with its own knowledge check of 5 to 8 sourced items in several formats', async (file, id) => {
    const text = lesson(file);
    expect(text.trimEnd().endsWith(`<KnowledgeCheck lesson="${id}" />`)).toBe(true);
    const check = await loadKnowledgeCheck(id);
    expect(check?.lesson).toBe(id);
    const items = check?.items ?? [];
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.length).toBeLessThanOrEqual(8);
    expect(new Set(items.map((item) => item.kind)).size).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(item.explanation.length, item.id).toBeGreaterThan(20);
    expect(items.filter((item) => !item.source?.startsWith('https://')).map((item) => item.id)).toEqual([]);
  });

  it.each(LESSONS)('%s pins the KServe release it teaches', (file) => {
    expect(lesson(file)).toMatch(/KServe v0\.20(\.0)?\b/);
  });
});

describe('kserve lessons A: manifests', () => {
  it.each(LESSONS)('every YAML block in %s is valid for the pinned KServe release, with no advice', async (file) => {
    const blocks = [...lesson(file).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const result = await validateManifestsAsync(block);
      expect(result.documents.length).toBeGreaterThan(0);
      expect(result.errors, block).toEqual([]);
      expect(result.advice, block).toEqual([]);
    }
  }, 60_000);

  it('the storage lesson lists every scheme the webhook accepts, and no other', () => {
    const STORAGE = lesson('03-storage.mdx');
    const table = STORAGE.slice(STORAGE.indexOf('| Scheme |'), STORAGE.indexOf('Three mechanisms hide behind that table'));
    const firstCells = table.split('\n').slice(2).map((row) => row.split('|')[1] ?? '');
    const listed = firstCells.flatMap((cell) => [...cell.matchAll(/`([a-z0-9+]+:\/\/)`/g)].map((m) => m[1] as string));
    expect(new Set(listed)).toEqual(new Set(SUPPORTED_STORAGE_URI_PREFIXES));
  });

  it.each(LESSONS)('%s names the same KServe release as the validator', (file) => {
    expect(lesson(file)).toContain(`KServe v${KSERVE_VERSION.replace(/^v/, '')}`);
  });
});
