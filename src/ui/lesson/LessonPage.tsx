import { MDXProvider } from '@mdx-js/react';
import { Suspense, useEffect, useRef } from 'react';
import { type Lesson, neighbours } from '../../lessons/course.ts';
import type { Frontmatter } from '../../content/course/frontmatter.ts';
import { lessonComponents } from '../../lessons/loaders.ts';
import { markLessonVisited } from '../../state/progressStore.ts';
import { usePainted } from '../chrome/afterFirstPaint.ts';
import { AppLink, lessonHref } from '../chrome/AppLink.tsx';
import { ErrorBoundary } from '../chrome/ErrorBoundary.tsx';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import { focusTarget } from '../search/scrollToAnchor.ts';
import { LessonReveal } from './lessonReveal.ts';
import { mdxComponents } from './mdxComponents.tsx';
import { ReadingTracker } from './ReadingTracker.tsx';
import { TableOfContents } from './TableOfContents.tsx';
import { useProgressiveBody } from './useProgressiveBody.ts';
import './LessonPage.css';

/** A written lesson: header with objectives, the MDX body, sources, TOC and previous/next. */
export function LessonPage({ lesson, file, frontmatter: fm }: { lesson: Lesson; file: string; frontmatter: Frontmatter }) {
  useDocumentTitle(fm.title);
  const articleRef = useRef<HTMLElement>(null);
  const Body = lessonComponents[file];
  const { prev, next } = neighbours(lesson.id);
  // The body (its chunk, the widgets' chunks, their first render) waits for the header and
  // summary to paint: the summary is the page's largest text, and on a phone it used to paint only
  // after all of that had loaded and run.
  const painted = usePainted();
  const loading = (
    <p role="status" className="lesson-loading">
      Loading the lesson…
    </p>
  );

  const reveal = useProgressiveBody();

  useEffect(() => markLessonVisited(lesson.id), [lesson.id]);
  // A link to a heading, pasted or opened in a new tab, arrives before its heading does (the body
  // is a lazy chunk), so the browser's own jump finds nothing: scroll there once it has mounted.
  useEffect(() => (window.location.hash.length > 1 ? focusTarget(window.location.hash, { timeoutMs: 8000, focus: false }) : undefined), [lesson.id]);

  return (
    <div className="page lesson-layout">
      <article ref={articleRef} className="prose lesson" aria-labelledby="lesson-title">
        <p className="lesson-module">
          <AppLink href="/">Course</AppLink> › Module {lesson.module.number}: {lesson.module.title}
        </p>
        <h1 id="lesson-title">{fm.title}</h1>
        <p className="lesson-summary">{fm.summary}</p>
        <p className="muted">About {fm.minutes} minutes</p>
        <section className="objectives" aria-labelledby="objectives-title">
          <h2 id="objectives-title">You will learn</h2>
          <ul>
            {fm.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        {/* The sources come in with the body, not before it (the body arriving above them pushed
            them down: a layout shift); until then the placeholder holds a screen's height, so the
            previous/next links stay below the fold. */}
        {painted ? (
          <Suspense fallback={loading}>
            <ErrorBoundary what="this lesson" resetKey={lesson.id}>
              <LessonReveal.Provider value={reveal.state}>
                <MDXProvider components={mdxComponents}>{Body ? <Body /> : <p role="alert">This lesson's file is missing from the build.</p>}</MDXProvider>
              </LessonReveal.Provider>
            </ErrorBoundary>
            {/* Until the last part has mounted, a screen's height keeps the sources and the
                previous/next links below the fold, so the parts arriving never push them about. */}
            {reveal.complete || !Body ? null : <div className="lesson-pending" aria-hidden="true" />}
            <section aria-labelledby="sources-title" className="sources">
              <h2 id="sources-title">Sources</h2>
              <ol>
                {fm.sources.map((s) => (
                  <li key={s.url}>
                    <a href={s.url} rel="noreferrer">
                      {s.title}
                    </a>
                  </li>
                ))}
              </ol>
            </section>
          </Suspense>
        ) : (
          loading
        )}
        <ReadingTracker lessonId={lesson.id} articleRef={articleRef} />
        <nav className="prev-next" aria-label="Lesson navigation">
          {prev ? (
            <AppLink href={lessonHref(prev.module.slug, prev.slug)} rel="prev" className="btn">
              ← Previous: {prev.title}
            </AppLink>
          ) : (
            <AppLink href="/" className="btn">
              ← Course map
            </AppLink>
          )}
          {next ? (
            <AppLink href={lessonHref(next.module.slug, next.slug)} rel="next" className="btn btn-primary">
              Next: {next.title} →
            </AppLink>
          ) : (
            <AppLink href="/" className="btn">
              Back to the course map
            </AppLink>
          )}
        </nav>
      </article>
      {/* Read once the whole body is there: the contents growing part by part moved its entries. */}
      {reveal.complete ? <TableOfContents articleRef={articleRef} lessonId={lesson.id} /> : null}
    </div>
  );
}

