/**
 * The quiz page: "due today" reviews, glossary practice and practice by topic, with progress and backup.
 * Mode, topic and set size live in the URL; a session is a snapshot taken when it starts.
 */
import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { ACRONYM_DRILL_HINTS, ACRONYMS, GLOSSARY } from '../../content/glossary/index.ts';
import { loadAllKnowledgeChecks, QUIZ_BANK } from '../../content/quiz/index.ts';
import { generateGlossaryItems } from '../../quiz/generate.ts';
import type { QuizItem } from '../../quiz/schema.ts';
import { dueSession, glossarySession, topicSession, type SessionSources } from '../../quiz/sessions.ts';
import { TOPIC_LABELS, TOPICS, type Topic } from '../../quiz/topics.ts';
import { quizStore, recordOutcome } from '../../state/quizStore.ts';
import { useDocumentTitle } from '../chrome/useDocumentTitle.ts';
import { BackupPanel } from './BackupPanel.tsx';
import { QuizSession } from './QuizSession.tsx';
import { QuizStats } from './QuizStats.tsx';
import './quiz.css';

export type QuizMode = 'due' | 'glossary' | 'topic';

export interface QuizSearch {
  readonly mode: QuizMode;
  readonly topic: Topic;
  readonly n: number;
}

const MODE_LABELS: Readonly<Record<QuizMode, string>> = { due: 'Due today', glossary: 'Glossary practice', topic: 'By topic' };
const TERM_IDS = GLOSSARY.map((t) => t.id);

async function loadSources(): Promise<SessionSources> {
  const checks = await loadAllKnowledgeChecks();
  return {
    terms: GLOSSARY,
    acronyms: ACRONYMS,
    hints: ACRONYM_DRILL_HINTS,
    handWritten: [...QUIZ_BANK, ...checks.flatMap((c) => c.items)],
    generated: generateGlossaryItems(GLOSSARY, ACRONYMS, ACRONYM_DRILL_HINTS),
  };
}

function buildSession(src: SessionSources, search: QuizSearch, seed: string, now: number): QuizItem[] {
  const cards = quizStore.getState().cards;
  if (search.mode === 'due') return dueSession(src, cards, now, search.n);
  if (search.mode === 'glossary') return glossarySession(src, cards, now, search.n, seed);
  return topicSession(src, search.topic, search.n, seed);
}

/**
 * An empty "due" queue means two different things: a new learner has nothing scheduled yet (offer
 * a first session), a returning one is up to date (say when the next review is).
 */
function NothingDue({ n, topic }: { readonly n: number; readonly topic: Topic }) {
  const cards = Object.values(quizStore.getState().cards);
  if (cards.length === 0) {
    return (
      <div className="quiz-first">
        <p>
          <strong>Start here.</strong> Nothing is scheduled yet: a term enters your review schedule the first time you answer a question about it, and comes back just before you would forget it.
        </p>
        <p>
          <Link to="/quiz" search={{ mode: 'glossary', topic, n }} className="btn btn-primary">
            Start a first session of {n} terms
          </Link>
        </p>
      </div>
    );
  }
  const next = Math.min(...cards.map((c) => c.due));
  return (
    <div>
      <p>
        Nothing is due today. Your next review is on{' '}
        <time dateTime={new Date(next).toISOString()}>{new Date(next).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' })}</time>.
      </p>
      <p>
        <Link to="/quiz" search={{ mode: 'glossary', topic, n }}>
          Practise new glossary terms
        </Link>
      </p>
    </div>
  );
}

export function QuizPage({ search }: { readonly search: QuizSearch }) {
  useDocumentTitle('Quiz and review');
  const [sources, setSources] = useState<SessionSources | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seed, setSeed] = useState(() => String(Date.now()));
  const [now] = useState(() => Date.now());
  useEffect(() => {
    let live = true;
    loadSources().then(
      (s) => live && setSources(s),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const key = `${search.mode}:${search.topic}:${search.n}:${seed}`;
  // A session is a snapshot of the queue when it starts: answering items must not rebuild it, so it
  // depends only on the sources and the key.
  const session = useMemo(
    () => (sources ? { key, items: buildSession(sources, search, seed, now) } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sources, key],
  );

  return (
    <div className="page quiz-page">
      <h1>Quiz and review</h1>
      <p className="muted">Spaced repetition schedules each glossary term; every answer here and in lesson knowledge checks counts. “Show answer” never counts as correct.</p>

      <QuizStats termIds={TERM_IDS} now={now} />

      <nav aria-label="Quiz modes" className="quiz-modes">
        <ul>
          {(Object.keys(MODE_LABELS) as QuizMode[]).map((m) => (
            <li key={m}>
              <Link to="/quiz" search={{ mode: m, topic: search.topic, n: search.n }} className={m === search.mode ? 'btn btn-primary' : 'btn'} aria-current={m === search.mode ? 'page' : undefined}>
                {MODE_LABELS[m]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {search.mode === 'topic' ? (
        <nav aria-label="Topics" className="quiz-topics">
          <ul>
            {TOPICS.map((t) => (
              <li key={t}>
                <Link to="/quiz" search={{ mode: 'topic', topic: t, n: search.n }} aria-current={t === search.topic ? 'true' : undefined} className={t === search.topic ? 'btn btn-primary' : 'btn'}>
                  {TOPIC_LABELS[t]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section className="quiz-main card" aria-labelledby="quiz-session-heading">
        <h2 id="quiz-session-heading">
          {MODE_LABELS[search.mode]}
          {search.mode === 'topic' ? `: ${TOPIC_LABELS[search.topic]}` : ''}
        </h2>
        {error ? <p role="alert">The questions could not be loaded ({error}).</p> : null}
        {!error && (!session || session.key !== key) ? <p className="muted">Preparing questions…</p> : null}
        {session && session.key === key ? (
          session.items.length === 0 ? (
            search.mode === 'due' ? (
              <NothingDue n={search.n} topic={search.topic} />
            ) : (
              <div>
                <p>No questions match.</p>
                <p>
                  <Link to="/quiz" search={{ mode: 'glossary', topic: search.topic, n: search.n }}>
                    Practise new glossary terms
                  </Link>
                </p>
              </div>
            )
          ) : (
            <QuizSession
              key={session.key}
              items={session.items}
              seed={seed}
              headingLevel={3}
              restartLabel="Start a new set"
              onRestart={() => setSeed(String(Date.now()))}
              onOutcome={(item, outcome) => recordOutcome(item.id, item.terms ?? [], outcome)}
            />
          )
        ) : null}
      </section>

      <BackupPanel />
    </div>
  );
}
