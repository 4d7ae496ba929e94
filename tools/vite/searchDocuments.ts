/**
 * Turns the course into search documents: each written lesson and each of its sections (with the
 * heading id rehype-slug gives it, so a hit opens at the heading), the widget presets a lesson
 * embeds, glossary terms and quiz topics. Node-side and pure apart from its inputs.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { SearchDoc } from '../../src/content/search/options.ts';

export interface LessonSource {
  /** `vllm/paged-attention` */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly objectives: readonly string[];
  readonly mdx: string;
}

export interface TermSource {
  readonly id: string;
  readonly term: string;
  readonly acronym?: string;
  readonly aliases?: readonly string[];
  readonly short: string;
}

/** A preset's title and guide text, when the widget's preset table knows it. */
export type PresetInfo = (widget: string, preset: string) => { readonly title: string; readonly guide?: string } | undefined;

/** A heading of a lesson and the id rehype-slug gives it. */
export interface LessonHeading {
  readonly depth: number;
  readonly text: string;
  readonly id: string;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

export function parseLesson(mdx: string): Root {
  return parser.parse(mdx);
}

/** Every heading in document order with its slug, exactly as rehype-slug numbers duplicates. */
export function lessonHeadings(tree: Root): LessonHeading[] {
  const slugger = new GithubSlugger();
  const out: LessonHeading[] = [];
  visit(tree, 'heading', (h: Heading) => {
    const text = toString(h);
    out.push({ depth: h.depth, text, id: slugger.slug(text) });
  });
  return out;
}

/** Readable text of one top-level block; imports, comments and diagram sources are not prose. */
function blockText(node: RootContent): string {
  switch (node.type) {
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'yaml':
      return '';
    case 'mdxJsxFlowElement': {
      if (node.name === 'Mermaid') return attr(node, 'caption') ?? '';
      return toString(node);
    }
    default:
      return toString(node);
  }
}

function attr(node: MdxJsxFlowElement, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return a && typeof a.value === 'string' ? a.value : undefined;
}

/** The documents for one lesson: the lesson, each `##`/`###` section, and each widget preset it embeds. */
export function lessonDocs(lesson: LessonSource, presetInfo: PresetInfo = () => undefined): SearchDoc[] {
  const tree = parseLesson(lesson.mdx);
  const headings = lessonHeadings(tree);
  const base = `/learn/${lesson.id}`;
  const intro: string[] = [lesson.summary, ...lesson.objectives];
  const docs: SearchDoc[] = [];
  let headingIndex = 0;
  let section: { title: string; id: string; text: string[] } | null = null;
  const flush = () => {
    if (section) docs.push({ id: `section:${lesson.id}#${section.id}`, kind: 'section', title: section.title, parent: lesson.title, url: `${base}#${section.id}`, text: section.text.join(' ').replace(/\s+/g, ' ').trim() });
  };
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const h = headings[headingIndex++];
      if (!h) continue;
      flush();
      section = { title: h.text, id: h.id, text: [] };
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name?.endsWith('Widget')) {
      const preset = attr(node, 'preset');
      const instance = attr(node, 'id') ?? preset;
      if (preset && instance) {
        const anchor = section ? `#${section.id}` : '';
        const info = presetInfo(node.name, preset);
        docs.push({
          id: `preset:${lesson.id}#${instance}`,
          kind: 'preset',
          title: info?.title ?? humanize(preset),
          parent: `${widgetLabel(node.name)} · ${lesson.title}`,
          url: `${base}${anchor}`,
          text: `${preset} ${section?.title ?? ''} ${info?.guide ?? ''}`.trim(),
        });
      }
      continue;
    }
    // Headings nested in components still take a slug; keep the counter in step.
    visit(node, 'heading', () => {
      headingIndex++;
    });
    const text = blockText(node);
    if (text) (section ? section.text : intro).push(text);
  }
  flush();
  return [{ id: `lesson:${lesson.id}`, kind: 'lesson', title: lesson.title, parent: 'Lesson', url: base, text: intro.join(' ').replace(/\s+/g, ' ').trim() }, ...docs];
}

export function termDocs(terms: readonly TermSource[]): SearchDoc[] {
  return terms.map((t) => ({
    id: `term:${t.id}`,
    kind: 'term',
    title: t.acronym ? `${t.term} (${t.acronym})` : t.term,
    parent: 'Glossary',
    url: `/glossary/${t.id}`,
    text: [...(t.aliases ?? []), t.short].join(' '),
  }));
}

export function topicDocs(topics: Readonly<Record<string, string>>): SearchDoc[] {
  return Object.entries(topics).map(([id, label]) => ({
    id: `topic:${id}`,
    kind: 'topic',
    title: `Practise ${label}`,
    parent: 'Quiz',
    url: `/quiz?mode=topic&topic=${encodeURIComponent(id)}`,
    text: `${label} quiz questions practice review`,
  }));
}

function humanize(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `KvPagingWidget` → `KV paging widget`. */
function widgetLabel(name: string): string {
  const words = name.replace(/Widget$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.replace(/^kv\b/, 'KV').replace(/^./, (c) => c.toUpperCase())} widget`;
}
