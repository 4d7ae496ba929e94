/**
 * Loads the build-time search index on first use. It is its own chunk (precached by the service
 * worker, so search works offline) and is fetched once per page load.
 */
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, type SearchDoc, type SearchHit } from '../../content/search/options.ts';

export type Searcher = (query: string) => SearchHit[];

const MAX_HITS = 20;

/** Wraps a loaded index as a query function returning the best hits first. */
export function searcherFromJson(json: string): Searcher {
  const index = MiniSearch.loadJSON<SearchDoc>(json, SEARCH_OPTIONS);
  return (query) => {
    const q = query.trim();
    if (q.length === 0) return [];
    return index
      .search(q)
      .slice(0, MAX_HITS)
      .map((r) => ({ id: String(r.id), kind: r.kind as SearchHit['kind'], title: String(r.title), parent: String(r.parent), url: String(r.url) }));
  };
}

let pending: Promise<Searcher> | null = null;

export function loadSearchIndex(): Promise<Searcher> {
  pending ??= import('virtual:search-index').then((m) => searcherFromJson(m.default));
  // A failed load (offline before the index was cached) may succeed on the next try.
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
