/**
 * The search index's shape, shared by the build step that writes it (tools/vite/searchIndex.ts)
 * and the palette that reads it: MiniSearch must load an index with the options it was built with.
 */
import type { Options } from 'minisearch';

export type SearchKind = 'lesson' | 'section' | 'term' | 'topic' | 'preset';

/** One searchable thing: a lesson, a section of one, a glossary term, a quiz topic or a widget preset. */
export interface SearchDoc {
  /** Unique: `section:vllm/paged-attention#choosing-a-block-size`. */
  readonly id: string;
  readonly kind: SearchKind;
  readonly title: string;
  /** Where it lives ("PagedAttention" for a section of that lesson), shown under the title. */
  readonly parent: string;
  /** Path and hash to open: `/learn/vllm/paged-attention#choosing-a-block-size`. */
  readonly url: string;
  /** Searched, not stored: the index stays small. */
  readonly text: string;
}

/** What a hit carries back from the index. */
export type SearchHit = Pick<SearchDoc, 'id' | 'kind' | 'title' | 'parent' | 'url'>;

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: ['title', 'parent', 'text'],
  storeFields: ['kind', 'title', 'parent', 'url'],
  searchOptions: { boost: { title: 4, parent: 1.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
};

export const KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  lesson: 'Lesson',
  section: 'Section',
  term: 'Glossary',
  topic: 'Quiz topic',
  preset: 'Widget',
};
