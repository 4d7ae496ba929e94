import { Link } from '@tanstack/react-router';
import { type Lesson, WRITTEN } from '../../lessons/course.ts';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';

/** A planned lesson that is not written yet: say so, and point somewhere useful. */
export function ComingSoonPage({ lesson }: { lesson: Lesson }) {
  useDocumentTitle(`${lesson.title} (coming soon)`);
  const sameModule = WRITTEN.filter((l) => l.module.slug === lesson.module.slug);
  return (
    <div className="page prose">
      <p className="muted">
        Module {lesson.module.number}: {lesson.module.title}
      </p>
      <h1>{lesson.title}</h1>
      <p>
        <strong>This lesson is coming soon.</strong> It is planned as part of module {lesson.module.number}: {lesson.module.summary}
      </p>
      {sameModule.length > 0 ? (
        <>
          <p>Already written in this module:</p>
          <ul>
            {sameModule.map((l) => (
              <li key={l.id}>
                <Link to="/learn/$module/$lesson" params={{ module: l.module.slug, lesson: l.slug }}>
                  {l.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/">Back to the course map</Link> · <Link to="/glossary">Browse the glossary</Link>
      </p>
    </div>
  );
}
