/** One glossary term on its own page: /glossary/<id>. */
import { Link } from '@tanstack/react-router';
import { getTerm } from '../../content/glossary/index.ts';
import { isLessonId, lessonLabel } from '../../content/lessonIds.ts';
import type { GlossaryTerm } from '../../content/glossary/types.ts';
import { TOPIC_LABELS } from '../../quiz/topics.ts';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import { MasteryBadge } from './MasteryBadge.tsx';
import { Paragraphs, RichText } from './RichText.tsx';
import './glossary.css';

export function TermPage({ term }: { readonly term: GlossaryTerm }) {
  useDocumentTitle(`${term.term} — Glossary`);
  const [module, slug] = term.lesson.split('/');
  const related = term.related.map((id) => getTerm(id)).filter((t) => t !== undefined);
  return (
    <article className="page term-page">
      <p className="term-page-crumbs muted">
        <Link to="/glossary">Glossary</Link> · {TOPIC_LABELS[term.category]}
      </p>
      <h1>
        {term.term}
        {term.acronym && term.acronym !== term.term ? <span className="glossary-acronym"> ({term.acronym})</span> : null}
      </h1>
      <p className="lead">
        <RichText text={term.short} />
      </p>
      <MasteryBadge termId={term.id} />
      {term.formula ? (
        <p>
          <strong>Formula: </strong>
          <code className="glossary-formula">{term.formula}</code>
        </p>
      ) : null}
      <Paragraphs text={term.body} />

      <section aria-labelledby="term-example">
        <h2 id="term-example">Example</h2>
        <p>
          <RichText text={term.example} />
        </p>
      </section>

      {term.aliases && term.aliases.length > 0 ? (
        <section aria-labelledby="term-aliases">
          <h2 id="term-aliases">Also written as</h2>
          <p>
            {term.aliases.map((a, i) => (
              <span key={a}>
                {i > 0 ? ', ' : ''}
                <code>{a}</code>
              </span>
            ))}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="term-related">
        <h2 id="term-related">Related terms</h2>
        <ul className="term-related">
          {related.map((r) => (
            <li key={r.id}>
              <Link to="/glossary/$term" params={{ term: r.id }}>
                {r.term}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="term-learn">
        <h2 id="term-learn">Learn more</h2>
        <ul>
          <li>
            Taught in the lesson{' '}
            {module && slug && isLessonId(term.lesson) ? (
              <Link to="/learn/$module/$lesson" params={{ module, lesson: slug }}>
                {lessonLabel(term.lesson)}
              </Link>
            ) : (
              term.lesson
            )}
          </li>
          <li>
            Source: <a href={term.source.url}>{term.source.label}</a>
          </li>
          <li>
            <Link to="/quiz" search={{ mode: 'topic', topic: term.category }}>
              Practise {TOPIC_LABELS[term.category]} questions
            </Link>
          </li>
        </ul>
      </section>
    </article>
  );
}
