/**
 * The glossary: search, section tabs and a topic filter, all held in the URL (q, section, category).
 */
import { useMemo } from 'react';
import { ACRONYMS, BENCHMARKS, GLOSSARY, getTerm, METRICS, SIZE_CLASSES } from '../../content/glossary/index.ts';
import { SECTION_LABELS, SECTIONS, type Section } from '../../content/glossary/types.ts';
import { normalizeText } from '../../quiz/normalize.ts';
import { TOPIC_LABELS, TOPICS, type Topic } from '../../quiz/topics.ts';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import { AcronymTable, BenchmarkList, MetricList, SizeClassList } from './ReferenceSections.tsx';
import { createTermIndex, searchTerms } from './searchIndex.ts';
import { AlphabeticalTermList, RankedTermList } from './TermList.tsx';
import './glossary.css';

export interface GlossarySearch {
  readonly q: string;
  readonly section: Section;
  readonly category: Topic | 'all';
}

interface Props {
  readonly search: GlossarySearch;
  readonly onSearchChange: (next: Partial<GlossarySearch>) => void;
}

const contains = (q: string, ...fields: (string | undefined)[]) => {
  const n = normalizeText(q);
  return n === '' || fields.some((f) => f !== undefined && normalizeText(f).includes(n));
};

export function GlossaryPage({ search, onSearchChange }: Props) {
  useDocumentTitle('Glossary');
  const index = useMemo(() => createTermIndex(GLOSSARY), []);
  const { q, section, category } = search;
  const inCategory = (topic: Topic) => category === 'all' || topic === category;

  const terms = useMemo(() => {
    const pool = q.trim() ? searchTerms(index, q).map((id) => getTerm(id)).filter((t) => t !== undefined) : GLOSSARY;
    return pool.filter((t) => category === 'all' || t.category === category);
  }, [index, q, category]);

  const acronyms = ACRONYMS.filter((a) => contains(q, a.abbr, a.expansion, a.note) && inCategory(getTerm(a.term)?.category ?? 'models'));
  const metrics = METRICS.filter((m) => contains(q, m.name, m.symbol, m.formula, m.notes, m.series));
  const sizes = SIZE_CLASSES.filter((s) => contains(q, s.name, s.examples, s.notes, s.placement));
  const benchmarks = BENCHMARKS.filter((b) => contains(q, b.claim, b.setup, b.caveat) && inCategory(b.topic));

  const counts: Record<Section, number> = {
    terms: terms.length,
    acronyms: acronyms.length,
    metrics: metrics.length,
    sizes: sizes.length,
    benchmarks: benchmarks.length,
  };
  const usesCategory = section === 'terms' || section === 'acronyms' || section === 'benchmarks';
  const noun = { terms: 'term', acronyms: 'acronym', metrics: 'metric', sizes: 'size class', benchmarks: 'benchmark' }[section];

  return (
    <div className="page glossary-page">
      <h1>Glossary</h1>
      <p className="muted">
        {GLOSSARY.length} terms across vLLM, llm-d, KServe and Knative, Kubernetes, GPUs and serving metrics, plus quick references. Every term has its own page.
      </p>

      <form className="glossary-controls" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="glossary-field">
          <label htmlFor="glossary-q">Search the glossary</label>
          <input id="glossary-q" type="search" value={q} autoComplete="off" placeholder="e.g. TTFT, prefix cache, KPA" onChange={(e) => onSearchChange({ q: e.target.value })} />
        </div>
        <div className="glossary-field">
          <label htmlFor="glossary-category">Topic</label>
          <select id="glossary-category" value={category} onChange={(e) => onSearchChange({ category: e.target.value as Topic | 'all' })}>
            <option value="all">All topics</option>
            {TOPICS.map((t) => (
              <option key={t} value={t}>
                {TOPIC_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
      </form>

      <nav aria-label="Glossary sections" className="glossary-sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <button type="button" className={s === section ? 'btn btn-primary' : 'btn'} aria-pressed={s === section} onClick={() => onSearchChange({ section: s })}>
                {SECTION_LABELS[s]}{' '}
                <span className="glossary-count" aria-hidden="true">
                  ({counts[s]})
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <p className="glossary-status" role="status" aria-live="polite">
        {counts[section]} {noun}
        {counts[section] === 1 ? '' : 's'}
        {q.trim() ? ` matching “${q.trim()}”` : ''}
        {usesCategory && category !== 'all' ? ` in ${TOPIC_LABELS[category]}` : ''}.
        {!usesCategory && category !== 'all' ? ' (The topic filter does not apply to this section.)' : ''}
      </p>

      {section === 'terms' ? q.trim() ? <RankedTermList terms={terms} label="Matching terms" /> : <AlphabeticalTermList terms={terms} /> : null}
      {section === 'acronyms' ? <AcronymTable rows={acronyms} termOf={getTerm} /> : null}
      {section === 'metrics' ? <MetricList rows={metrics} /> : null}
      {section === 'sizes' ? <SizeClassList rows={sizes} /> : null}
      {section === 'benchmarks' ? <BenchmarkList rows={benchmarks} /> : null}
    </div>
  );
}
