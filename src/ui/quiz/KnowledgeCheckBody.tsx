/**
 * What a lesson's knowledge check shows once the reader is near it (see KnowledgeCheck.tsx): loads
 * only that lesson's items, and records each outcome for spaced repetition.
 */
import { Link } from '@tanstack/react-router';
import { startTransition, useEffect, useState } from 'react';
import { loadKnowledgeCheck } from '../../content/quiz/lessons/registry.ts';
import type { KnowledgeCheckSet } from '../../quiz/schema.ts';
import { recordOutcome } from '../../state/quizStore.ts';
import { QuizSession } from './QuizSession.tsx';

type Load = { state: 'loading' } | { state: 'ready'; set: KnowledgeCheckSet } | { state: 'missing' } | { state: 'error'; message: string };

export default function KnowledgeCheckBody({ lesson }: { readonly lesson: string }) {
  // The result is stored with the lesson it belongs to, so a new lesson id reads as "loading" at once.
  const [loaded, setLoaded] = useState<{ lesson: string; result: Load } | null>(null);
  const load: Load = loaded?.lesson === lesson ? loaded.result : { state: 'loading' };

  useEffect(() => {
    let live = true;
    // A transition: the questions render in slices rather than one long task while the page loads.
    const settle = (result: Load) => live && startTransition(() => setLoaded({ lesson, result }));
    loadKnowledgeCheck(lesson).then(
      (set) => settle(set ? { state: 'ready', set } : { state: 'missing' }),
      (err: unknown) => settle({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [lesson]);

  return (
    <>
      {load.state === 'loading' ? <p className="muted">Loading the knowledge check…</p> : null}
      {load.state === 'missing' ? <p className="muted">This lesson has no knowledge check yet.</p> : null}
      {load.state === 'error' ? (
        <p role="alert">
          The knowledge check could not be loaded ({load.message}). If you are offline, it becomes available once the course has been cached.
        </p>
      ) : null}
      {load.state === 'ready' ? (
        <>
          <p className="knowledge-check-intro muted">
            {load.set.items.length} questions. Answers are saved in this browser and feed your <Link to="/quiz">review queue</Link>.
          </p>
          <QuizSession
            items={load.set.items}
            seed={lesson}
            restartLabel="Try the knowledge check again"
            onOutcome={(item, outcome) => recordOutcome(item.id, item.terms ?? [], outcome)}
          />
        </>
      ) : null}
    </>
  );
}
