import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDoc } from '../../../src/content/search/options.ts';
import { lessonDocs, lessonHeadings, parseLesson, termDocs, topicDocs } from '../../../tools/vite/searchDocuments.ts';
import { buildSearchIndex, courseSearchDocs, PRESET_TABLES, widgetPresetInfo } from '../../../tools/vite/searchIndex.ts';

const MDX = `---
title: Ignored here
---
import { Term } from '../../ui/glossary/Term.tsx';

Opening words about <Term id="kv-cache">the KV cache</Term>.

## Why \`block_size\` matters

Blocks of **16 tokens** bound the waste.

<Mermaid caption="Blocks mapped to pages" chart={\`flowchart LR
  secretdiagramword --> B\`} />

<KvPagingWidget id="kv1" preset="prefix-sharing" />

## Why \`block_size\` matters

A second section with the same title.

<Callout kind="try">Press **P** to toggle prefix caching.</Callout>
`;

const lesson = { id: 'vllm/paged-attention', title: 'PagedAttention', summary: 'Blocks and tables.', objectives: ['Explain blocks'], mdx: MDX };

describe('search documents for a lesson', () => {
  const docs = lessonDocs(lesson, (w, p) => (w === 'KvPagingWidget' && p === 'prefix-sharing' ? { title: 'Prefix sharing saves memory', guide: 'Requests with one system prompt.' } : undefined));

  it('gives each section the heading id rehype-slug gives it, numbering duplicates', () => {
    expect(lessonHeadings(parseLesson(MDX)).map((h) => h.id)).toEqual(['why-block_size-matters', 'why-block_size-matters-1']);
    expect(docs.filter((d) => d.kind === 'section').map((d) => d.url)).toEqual(['/learn/vllm/paged-attention#why-block_size-matters', '/learn/vllm/paged-attention#why-block_size-matters-1']);
  });

  it('indexes prose, callouts and captions but not imports or diagram sources', () => {
    const [intro, first, second] = docs.filter((d) => d.kind !== 'preset');
    expect(intro?.text).toContain('Opening words about the KV cache');
    expect(intro?.text).not.toContain('import');
    expect(first?.text).toContain('Blocks of 16 tokens bound the waste.');
    expect(first?.text).toContain('Blocks mapped to pages');
    expect(first?.text).not.toContain('secretdiagramword');
    expect(second?.text).toContain('Press P to toggle prefix caching.');
  });

  it('links a widget preset to the section that embeds it, titled by its preset table', () => {
    expect(docs.find((d) => d.kind === 'preset')).toMatchObject({
      id: 'preset:vllm/paged-attention#kv1',
      title: 'Prefix sharing saves memory',
      parent: 'KV paging widget · PagedAttention',
      url: '/learn/vllm/paged-attention#why-block_size-matters',
    });
    expect(docs.find((d) => d.kind === 'preset')?.text).toContain('Requests with one system prompt.');
    expect(lessonDocs(lesson).find((d) => d.kind === 'preset')?.title).toBe('Prefix sharing');
  });
});

describe('the search index', () => {
  const docs: SearchDoc[] = [
    ...lessonDocs(lesson),
    ...termDocs([{ id: 'ttft', term: 'Time to first token', acronym: 'TTFT', aliases: ['first-token latency'], short: 'Delay before the first token.' }]),
    ...topicDocs({ kserve: 'KServe and Knative' }),
  ];
  const index = MiniSearch.loadJSON<SearchDoc>(buildSearchIndex(docs), SEARCH_OPTIONS);

  it('round-trips through JSON and finds terms by acronym, alias and prefix', () => {
    expect(index.search('TTFT')[0]).toMatchObject({ id: 'term:ttft', url: '/glossary/ttft', kind: 'term' });
    expect(index.search('first-token latency')[0]?.id).toBe('term:ttft');
    expect(index.search('knat')[0]).toMatchObject({ id: 'topic:kserve', url: '/quiz?mode=topic&topic=kserve' });
    expect(index.search('toggle prefix caching')[0]?.id).toBe('section:vllm/paged-attention#why-block_size-matters-1');
  });

  it('covers the real course: every written lesson, glossary term and quiz topic', () => {
    const all = courseSearchDocs('src/lessons');
    const kinds = new Set(all.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['lesson', 'preset', 'section', 'term', 'topic']);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(all.find((d) => d.id === 'section:vllm/paged-attention#choosing-a-block-size')?.url).toBe('/learn/vllm/paged-attention#choosing-a-block-size');
    // Every widget embed is titled from its preset table, not from the fallback.
    const presets = all.filter((d) => d.kind === 'preset');
    expect(presets.length).toBeGreaterThan(0);
    for (const p of presets) {
      const preset = p.text.split(' ')[0] ?? '';
      const titles = Object.keys(PRESET_TABLES).map((w) => widgetPresetInfo(w, preset)?.title);
      expect(titles, `${p.id}: add its widget's preset table to PRESET_TABLES in tools/vite/searchIndex.ts`).toContain(p.title);
    }
    expect(presets.find((p) => p.id === 'preset:vllm/paged-attention#kv2')?.title).toBe(widgetPresetInfo('KvPagingWidget', 'prefix-sharing')?.title);
  }, 30_000);
});
