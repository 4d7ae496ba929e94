import { Link } from '@tanstack/react-router';
import { COURSE, WRITTEN } from '../../lessons/course.ts';
import { useProgress } from '../../state/progressStore.ts';

/** "Continue where you left off": the last lesson opened, or the first one for a new reader. */
export function ContinueCard() {
  const lastId = useProgress((p) => p.lastLesson);
  const lessons = useProgress((p) => p.lessons);
  const last = COURSE.find((l) => l.id === lastId && l.file);
  const firstUnread = WRITTEN.find((l) => !lessons[l.id]?.completedAt);
  const target = last && !lessons[last.id]?.completedAt ? last : (firstUnread ?? last ?? WRITTEN[0]);
  if (!target) return null;
  const started = Object.keys(lessons).length > 0;
  const pct = Math.round((lessons[target.id]?.readFraction ?? 0) * 100);
  return (
    <section className="card continue" aria-labelledby="continue-title">
      <h2 id="continue-title">{started ? 'Continue where you left off' : 'Start here'}</h2>
      <p>
        <Link to="/learn/$module/$lesson" params={{ module: target.module.slug, lesson: target.slug }} className="btn btn-primary">
          {target.module.title}: {target.title}
        </Link>
      </p>
      {started && <p className="muted">{pct > 0 ? `${pct}% read` : 'Not read yet'}</p>}
    </section>
  );
}
