import { useNavigate } from '@tanstack/react-router';
import { COURSE, LEARNING_PATHS, type LearningPath, MODULES } from '../../lessons/course.ts';
import { type LearningPathId, setLearningPath, useProgress } from '../../state/progressStore.ts';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import { ContinueCard } from './ContinueCard.tsx';
import { CourseMap } from './CourseMap.tsx';
import './HomePage.css';

export function HomePage({ path }: { path: LearningPathId | undefined }) {
  useDocumentTitle('');
  const saved = useProgress((p) => p.settings.path);
  const navigate = useNavigate();
  const active = LEARNING_PATHS.find((p) => p.id === (path ?? saved));
  const written = COURSE.filter((l) => l.file).length;

  const choose = (p: LearningPath | undefined) => {
    if (p) setLearningPath(p.id);
    void navigate({ to: '/', search: { path: p?.id }, replace: true, resetScroll: false });
  };

  return (
    <div className="page home">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">How large language models are served in production</h1>
        <p className="lead">
          A hands-on course on <strong>vLLM</strong>, <strong>llm-d</strong> and <strong>KServe</strong>: how one engine packs
          requests into GPU memory, how a cluster routes them, and how a platform scales them — each idea paired with a
          live model of the serving stack you can play with, pause and break on purpose.
        </p>
        <p className="muted">
          For ML and platform engineers. {MODULES.length} modules, {written} {written === 1 ? 'lesson' : 'lessons'} written so far. Works
          offline once loaded; your progress stays in this browser.
        </p>
      </section>

      <ContinueCard />

      <section aria-labelledby="paths-title" className="paths">
        <h2 id="paths-title">Pick a learning path</h2>
        <p className="muted">Each path orders the modules for where you start from. The course map below follows your choice.</p>
        <ul className="path-list">
          {LEARNING_PATHS.map((p) => {
            const selected = active?.id === p.id;
            return (
              <li key={p.id}>
                <button type="button" className={`path-card${selected ? ' selected' : ''}`} aria-pressed={selected} onClick={() => choose(selected ? undefined : p)}>
                  <span className="path-title">{p.title}</span>
                  <span className="path-audience">{p.audience}</span>
                  <span className="path-order">
                    {p.modules.map((m) => MODULES.find((x) => x.slug === m)?.title ?? m).join(' → ')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <CourseMap path={active} />
    </div>
  );
}
