import { type RefObject, useEffect, useState } from 'react';

interface Heading {
  readonly id: string;
  readonly text: string;
  readonly level: 2 | 3;
}

/**
 * On-page table of contents, read from the rendered article's h2/h3 (ids come from rehype-slug),
 * so it can never drift from the lesson text. Highlights the section being read.
 */
export function TableOfContents({ articleRef, lessonId }: { articleRef: RefObject<HTMLElement | null>; lessonId: string }) {
  const [headings, setHeadings] = useState<readonly Heading[]>([]);
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    const el = articleRef.current;
    if (!el) return;
    const read = () => {
      const found = Array.from(el.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]')).map((h) => ({
        id: h.id,
        text: h.textContent ?? '',
        level: (h.tagName === 'H2' ? 2 : 3) as 2 | 3,
      }));
      setHeadings((prev) => (sameHeadings(prev, found) ? prev : found));
    };
    read();
    // The MDX body arrives after a lazy import; watch for it instead of guessing a delay.
    const mo = new MutationObserver(read);
    mo.observe(el, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [articleRef, lessonId]);

  useEffect(() => {
    if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting).sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
        if (visible) setCurrent(visible.target.id);
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const h of headings) {
      const node = document.getElementById(h.id);
      if (node) io.observe(node);
    }
    return () => io.disconnect();
  }, [headings]);

  if (headings.length < 2) return null;
  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc-title">On this page</p>
      <ul>
        {headings.map((h) => (
          <li key={h.id} className={`toc-l${h.level}`}>
            <a href={`#${h.id}`} aria-current={current === h.id ? 'location' : undefined}>
              {h.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function sameHeadings(a: readonly Heading[], b: readonly Heading[]): boolean {
  return a.length === b.length && a.every((h, i) => h.id === b[i]?.id && h.text === b[i]?.text);
}
