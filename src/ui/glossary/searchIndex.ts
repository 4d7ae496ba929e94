/** Full-text search over glossary terms with MiniSearch: prefix and typo-tolerant, names ranked first. */
import MiniSearch from 'minisearch';
import type { GlossaryTerm } from '../../content/glossary/types.ts';

interface Doc {
  id: string;
  term: string;
  acronym: string;
  aliases: string;
  short: string;
  body: string;
}

export type TermIndex = MiniSearch<Doc>;

export function createTermIndex(terms: readonly GlossaryTerm[]): TermIndex {
  const index = new MiniSearch<Doc>({
    fields: ['term', 'acronym', 'aliases', 'short', 'body'],
    storeFields: [],
    // Split on anything that is not a letter or digit, so "kv_cache_usage_perc" and "P/D" are searchable.
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    searchOptions: {
      boost: { term: 4, acronym: 4, aliases: 2, short: 1.2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(
    terms.map((t) => ({
      id: t.id,
      term: t.term,
      acronym: t.acronym ?? '',
      aliases: (t.aliases ?? []).join(' '),
      short: t.short,
      body: t.body,
    })),
  );
  return index;
}

/** Term ids matching `query`, best first. */
export function searchTerms(index: TermIndex, query: string): string[] {
  const q = query.trim();
  if (q === '') return [];
  return index.search(q).map((r) => String(r.id));
}

/** Close matches for a mistyped term id or name, for the "not found" page. */
export function suggestTerms(index: TermIndex, query: string, limit = 5): string[] {
  const words = query.replace(/[-_]+/g, ' ').trim();
  if (words === '') return [];
  const hits = index.search(words, { combineWith: 'OR', fuzzy: 0.3, prefix: true });
  return hits.slice(0, limit).map((r) => String(r.id));
}
