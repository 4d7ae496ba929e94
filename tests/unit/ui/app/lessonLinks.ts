/**
 * Resolves the internal links a lesson contains against the course: lessons (and their heading
 * anchors), glossary terms and the app's other pages. Returns a problem in words, or null.
 */
export interface LinkContext {
  /** Ids of the elements on the page that holds the link (for `#anchor`). */
  readonly pageIds: ReadonlySet<string>;
  /** Heading ids of each written lesson, by lesson id. */
  readonly lessonAnchors: ReadonlyMap<string, ReadonlySet<string>>;
  readonly termIds: ReadonlySet<string>;
  /** Element ids of the other pages (`/about`), by path. */
  readonly pageAnchors: ReadonlyMap<string, ReadonlySet<string>>;
}

const STATIC_PAGES = new Set(['/', '/glossary', '/quiz', '/lab', '/about']);

export function linkProblem(href: string, ctx: LinkContext): string | null {
  if (/^(https?:|mailto:)/.test(href)) return href.startsWith('http:') ? `${href}: use https` : null;
  const url = new URL(href, 'https://lab.invalid/here');
  const hash = decodeURIComponent(url.hash.slice(1));
  if (href.startsWith('#')) return ctx.pageIds.has(hash) ? null : `${href}: no element with that id on this page`;
  if (url.origin !== 'https://lab.invalid') return `${href}: not a link the app can serve`;
  const lesson = /^\/learn\/([a-z0-9-]+\/[a-z0-9-]+)$/.exec(url.pathname);
  if (lesson?.[1]) {
    const anchors = ctx.lessonAnchors.get(lesson[1]);
    if (!anchors) return `${href}: no written lesson ${lesson[1]}`;
    return hash && !anchors.has(hash) ? `${href}: lesson ${lesson[1]} has no heading #${hash}` : null;
  }
  const term = /^\/glossary\/([^/]+)$/.exec(url.pathname);
  if (term?.[1]) return ctx.termIds.has(term[1]) ? null : `${href}: no glossary term ${term[1]}`;
  if (!STATIC_PAGES.has(url.pathname)) return `${href}: no such page`;
  if (hash) {
    const ids = ctx.pageAnchors.get(url.pathname);
    if (!ids?.has(hash)) return `${href}: ${url.pathname} has no element #${hash}`;
  }
  return null;
}
