import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ACRONYMS, BENCHMARKS, GLOSSARY, lessonIdsReferenced, METRICS, SIZE_CLASSES } from '../../../src/content/glossary/index.ts';
import { AcronymSchema, BenchmarkSchema, GlossaryTermSchema, MetricSchema, SizeClassSchema } from '../../../src/content/glossary/types.ts';
import { LESSON_IDS } from '../../../src/content/lessonIds.ts';
import { normalizeText } from '../../../src/quiz/normalize.ts';

const ids = new Set(GLOSSARY.map((t) => t.id));
const lessons = new Set<string>(LESSON_IDS);
const isHttpsUrl = (u: string) => {
  try {
    return new URL(u).protocol === 'https:';
  } catch {
    return false;
  }
};

describe('glossary terms', () => {
  it('has at least 150 terms', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(150);
  });

  it('every term matches the schema', () => {
    for (const t of GLOSSARY) {
      const r = v.safeParse(GlossaryTermSchema, t);
      expect(r.success, `${t.id}: ${r.success ? '' : r.issues[0]?.message}`).toBe(true);
    }
  });

  it('has no duplicate ids, names or acronyms', () => {
    expect(ids.size).toBe(GLOSSARY.length);
    const names = GLOSSARY.map((t) => normalizeText(t.term));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const acronyms = GLOSSARY.flatMap((t) => (t.acronym ? [t.acronym.toLowerCase()] : []));
    expect(acronyms.filter((a, i) => acronyms.indexOf(a) !== i)).toEqual([]);
  });

  it('every related term resolves, and no term relates to itself or twice to one term', () => {
    for (const t of GLOSSARY) {
      for (const r of t.related) expect(ids.has(r), `${t.id} → ${r}`).toBe(true);
      expect(t.related).not.toContain(t.id);
      expect(new Set(t.related).size, t.id).toBe(t.related.length);
    }
  });

  it('every lesson link resolves to a planned lesson', () => {
    for (const t of GLOSSARY) expect(lessons.has(t.lesson), `${t.id} → ${t.lesson}`).toBe(true);
    for (const l of lessonIdsReferenced()) expect(lessons.has(l)).toBe(true);
  });

  it('every planned lesson teaches at least one term', () => {
    const taught = new Set(lessonIdsReferenced());
    expect(LESSON_IDS.filter((l) => !taught.has(l))).toEqual([]);
  });

  it('every source is an https URL with a label', () => {
    for (const t of GLOSSARY) {
      expect(isHttpsUrl(t.source.url), `${t.id}: ${t.source.url}`).toBe(true);
      expect(t.source.label.length).toBeGreaterThan(3);
    }
  });

  it('short definitions are one sentence and distinct from the longer explanation', () => {
    for (const t of GLOSSARY) {
      expect(t.short.trim().endsWith('.'), t.id).toBe(true);
      // A sentence boundary inside the definition would be ". X" with a capital; versions like "v0.16" are fine.
      expect(/[.!?]\s+[A-Z]/.test(t.short.slice(0, -1)), `${t.id}: ${t.short}`).toBe(false);
      expect(t.body.includes(t.short), t.id).toBe(false);
    }
  });

  it('is sorted A–Z', () => {
    const keys = GLOSSARY.map((t) => t.term.replace(/^[^a-z0-9]+/i, '').toLowerCase());
    expect([...keys].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(keys);
  });

  it('covers every domain the course promises', () => {
    const cats = new Set(GLOSSARY.map((t) => t.category));
    for (const c of ['vllm', 'llm-d', 'kserve', 'kubernetes', 'gpu', 'metrics']) expect(cats.has(c as never), c).toBe(true);
  });
});

describe('acronyms quick reference', () => {
  it('every entry is valid, unique and links to a term', () => {
    const abbrs = ACRONYMS.map((a) => a.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
    for (const a of ACRONYMS) {
      expect(v.safeParse(AcronymSchema, a).success, a.abbr).toBe(true);
      expect(ids.has(a.term), `${a.abbr} → ${a.term}`).toBe(true);
    }
  });

  it('includes the acronyms the course promises', () => {
    const abbrs = new Set(ACRONYMS.map((a) => a.abbr));
    for (const a of ['TTFT', 'TPOT', 'ITL', 'KV', 'TP', 'PP', 'DP', 'EP', 'P/D', 'EPP', 'KPA', 'HPA', 'KEDA', 'CRD', 'NIXL', 'APC', 'CoW', 'LoRA', 'AWQ', 'GPTQ', 'FP8', 'MoE', 'SLO', 'QPS']) {
      expect(abbrs.has(a), a).toBe(true);
    }
  });
});

describe('metrics and units', () => {
  it('every metric is valid and links to a term', () => {
    for (const m of METRICS) {
      expect(v.safeParse(MetricSchema, m).success, m.id).toBe(true);
      expect(ids.has(m.term), m.id).toBe(true);
      expect(isHttpsUrl(m.source.url)).toBe(true);
    }
  });

  it('states the promised formulas', () => {
    const byId = new Map(METRICS.map((m) => [m.id, m]));
    expect(byId.get('tpot')?.formula).toContain('(E2E − TTFT) / (output tokens − 1)');
    for (const id of ['ttft', 'itl', 'throughput', 'goodput', 'gpu-utilization']) expect(byId.has(id), id).toBe(true);
  });
});

describe('model size classes and benchmarks', () => {
  it('size classes are valid and sourced', () => {
    expect(SIZE_CLASSES.length).toBeGreaterThanOrEqual(4);
    for (const s of SIZE_CLASSES) expect(v.safeParse(SizeClassSchema, s).success, s.id).toBe(true);
  });

  it('benchmarks are valid, dated and sourced', () => {
    expect(BENCHMARKS.length).toBeGreaterThanOrEqual(8);
    for (const b of BENCHMARKS) {
      const r = v.safeParse(BenchmarkSchema, b);
      expect(r.success, b.id).toBe(true);
      expect(isHttpsUrl(b.source.url)).toBe(true);
    }
  });

  it('quotes the vLLM headline numbers with their sources', () => {
    const launch = BENCHMARKS.find((b) => b.id === 'vllm-launch-throughput');
    expect(launch?.claim).toMatch(/24×/);
    expect(launch?.claim).toMatch(/3\.5×/);
    expect(launch?.date).toBe('2023-06-20');
    const paper = BENCHMARKS.find((b) => b.id === 'paged-attention-paper');
    expect(paper?.claim).toMatch(/2–4×/);
    expect(paper?.source.url).toBe('https://arxiv.org/abs/2309.06180');
  });
});
