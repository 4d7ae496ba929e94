import { describe, expect, it } from 'vitest';
import { ACRONYM_DRILL_HINTS, ACRONYMS, GLOSSARY, getTerm } from '../../../src/content/glossary/index.ts';
import { checkAnswer } from '../../../src/quiz/check.ts';
import { acronymItem, definitionToTermItem, displayName, generateGlossaryItems, maskNames, matchingItems, termToDefinitionItem } from '../../../src/quiz/generate.ts';
import { normalizeText } from '../../../src/quiz/normalize.ts';

describe('glossary quiz generator', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = generateGlossaryItems(GLOSSARY, ACRONYMS, ACRONYM_DRILL_HINTS, { seed: 's1' });
    const b = generateGlossaryItems(GLOSSARY, ACRONYMS, ACRONYM_DRILL_HINTS, { seed: 's1' });
    const c = generateGlossaryItems(GLOSSARY, ACRONYMS, ACRONYM_DRILL_HINTS, { seed: 's2' });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.map((i) => i.id)).toEqual(c.map((i) => i.id));
  });

  it('never offers the answer, an alias of it, or a duplicate as a distractor', () => {
    for (const t of GLOSSARY) {
      for (const item of [definitionToTermItem(t, GLOSSARY), termToDefinitionItem(t, GLOSSARY)]) {
        if (item.kind !== 'single') throw new Error('expected single');
        const texts = item.options.map((o) => normalizeText(o.text));
        expect(new Set(texts).size, item.id).toBe(texts.length);
        expect(item.options.length, item.id).toBe(4);
        const names = new Set([t.term, t.acronym, ...(t.aliases ?? [])].filter((x): x is string => !!x).map(normalizeText));
        for (const o of item.options) if (o.id !== item.answer) expect(names.has(normalizeText(o.text)), `${item.id}: ${o.text}`).toBe(false);
      }
    }
  });

  it('prefers related terms as distractors', () => {
    const ttft = getTerm('ttft');
    if (!ttft) throw new Error('ttft missing');
    const item = definitionToTermItem(ttft, GLOSSARY);
    if (item.kind !== 'single') throw new Error('expected single');
    const relatedNames = new Set(ttft.related.map((id) => getTerm(id)).filter((t) => t !== undefined).map(displayName));
    const distractors = item.options.filter((o) => o.id !== item.answer);
    expect(distractors.every((o) => relatedNames.has(o.text))).toBe(true);
  });

  it('hides the term’s own name in definition prompts', () => {
    const t = getTerm('kv-cache-usage');
    if (!t) throw new Error('missing');
    expect(maskNames('Watch vllm:kv_cache_usage_perc and KV-cache usage.', t)).toBe('Watch ▢ and ▢.');
    const item = definitionToTermItem(t, GLOSSARY);
    expect(item.prompt).not.toMatch(/kv_cache_usage_perc/);
  });

  it('acronym drills accept the expansion without its parenthetical', () => {
    const entry = ACRONYMS.find((a) => a.abbr === 'P/D');
    const term = getTerm('disaggregated-serving');
    if (!entry || !term) throw new Error('missing');
    const item = acronymItem(entry, term, ACRONYM_DRILL_HINTS['P/D']);
    expect(checkAnswer(item, { kind: 'acronym', text: 'prefill/decode' }).correct).toBe(true);
    expect(checkAnswer(item, { kind: 'acronym', text: 'prefill decode disaggregation' }).correct).toBe(true);
  });

  it('skips acronyms marked as names, and groups matching items by topic', () => {
    const items = generateGlossaryItems(GLOSSARY, ACRONYMS, ACRONYM_DRILL_HINTS);
    expect(items.some((i) => i.id === 'gloss:acro:gptq')).toBe(false);
    for (const m of matchingItems(GLOSSARY)) {
      if (m.kind !== 'match') throw new Error('expected match');
      expect(m.pairs).toHaveLength(4);
      const cats = new Set(m.terms?.map((id) => getTerm(id)?.category));
      expect(cats.size, m.id).toBe(1);
    }
  });
});
