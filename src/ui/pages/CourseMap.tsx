import { Link } from '@tanstack/react-router';
import { COURSE, type LearningPath, type Lesson, MODULES, type ModuleDef } from '../../lessons/course.ts';
import { type LessonProgress, useProgress } from '../../state/progressStore.ts';

/** The seven modules with per-lesson status; ordered by the chosen learning path when there is one. */
export function CourseMap({ path }: { path: LearningPath | undefined }) {
  const progress = useProgress((p) => p.lessons);
  const ordered = path ? [...path.modules.map((s) => MODULES.find((m) => m.slug === s)!), ...MODULES.filter((m) => !path.modules.includes(m.slug))] : MODULES;
  return (
    <section aria-labelledby="map-title" className="course-map">
      <h2 id="map-title">Course map{path ? ` — ${path.title} path` : ''}</h2>
      <ol className="module-list">
        {ordered.map((m) => (
          <ModuleCard key={m.slug} module={m} progress={progress} inPath={path ? path.modules.indexOf(m.slug) + 1 : 0} />
        ))}
      </ol>
    </section>
  );
}

function ModuleCard({ module: m, progress, inPath }: { module: ModuleDef; progress: Record<string, LessonProgress>; inPath: number }) {
  const lessons = COURSE.filter((l) => l.module.slug === m.slug);
  const written = lessons.filter((l) => l.file);
  const done = written.filter((l) => progress[l.id]?.completedAt).length;
  const headingId = `module-${m.slug}`;
  return (
    <li className={`card module-card${inPath === 0 && m.slug !== 'overview' ? '' : ''}`} aria-labelledby={headingId}>
      <div className="module-head">
        <span className="module-number" aria-hidden="true">
          {m.number}
        </span>
        <h3 id={headingId}>
          {m.href ? <Link to={m.href}>{m.title}</Link> : m.title}
          {inPath > 0 && <span className="badge">step {inPath} of your path</span>}
        </h3>
      </div>
      <p className="muted">{m.summary}</p>
      {written.length > 0 && (
        <p className="module-progress">
          <progress max={written.length} value={done} aria-label={`${m.title}: ${done} of ${written.length} lessons completed`} /> {done} of {written.length} completed
        </p>
      )}
      {lessons.length > 0 && (
        <ol className="lesson-list">
          {lessons.map((l) => (
            <LessonItem key={l.id} lesson={l} progress={progress[l.id]} />
          ))}
        </ol>
      )}
      {m.href && (
        <p>
          <Link to={m.href}>Open the {m.title.toLowerCase()}</Link>
        </p>
      )}
    </li>
  );
}

function LessonItem({ lesson: l, progress }: { lesson: Lesson; progress: LessonProgress | undefined }) {
  if (!l.file) {
    return (
      <li className="lesson-item soon">
        <span>{l.title}</span> <span className="badge badge-soon">Coming soon</span>
      </li>
    );
  }
  const status = progress?.completedAt ? 'Completed' : progress ? `${Math.round(progress.readFraction * 100)}% read` : 'Not started';
  return (
    <li className="lesson-item">
      <Link to="/learn/$module/$lesson" params={{ module: l.module.slug, lesson: l.slug }}>
        {l.title}
      </Link>{' '}
      <span className={`badge${progress?.completedAt ? ' badge-done' : ''}`}>
        {progress?.completedAt ? '✓ ' : ''}
        {status}
      </span>
      {l.frontmatter && <span className="muted"> · {l.frontmatter.minutes} min</span>}
    </li>
  );
}
