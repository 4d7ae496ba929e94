/**
 * One quiz item: the prompt, the input for its kind, Check and Show answer, and feedback announced to
 * screen readers. Reports the outcome once, when the item is resolved (answered correctly or revealed).
 */
import { useId, useMemo, useState } from 'react';
import { initialAnswer, isAnswered, matchChoices } from '../../quiz/answers.ts';
import { checkAnswer, correctAnswer, describeAnswer, type CheckResult } from '../../quiz/check.ts';
import type { Answer, QuizItem } from '../../quiz/schema.ts';
import type { Outcome } from '../../quiz/srs.ts';
import { ChoiceInput } from './inputs/ChoiceInput.tsx';
import { MatchInput } from './inputs/MatchInput.tsx';
import { OrderInput } from './inputs/OrderInput.tsx';
import { AcronymInput, NumericInput } from './inputs/TextInput.tsx';

interface Props {
  readonly item: QuizItem;
  /** Changes option order for matching and ordering items. */
  readonly seed?: string;
  /** Called once, when the item is answered correctly or its answer is shown. */
  readonly onResolved?: (outcome: Outcome) => void;
  /** Optional label above the prompt, e.g. "Question 2 of 5". */
  readonly label?: string;
}

type Status = 'answering' | 'wrong' | 'correct' | 'shown';

export function QuizItemView({ item, seed = '', onResolved, label }: Props) {
  const uid = useId().replace(/:/g, '');
  const name = `q-${uid}`;
  const promptId = `${name}-prompt`;
  const [answer, setAnswer] = useState<Answer>(() => initialAnswer(item, seed));
  const [status, setStatus] = useState<Status>('answering');
  const [wrongTries, setWrongTries] = useState(0);
  const [result, setResult] = useState<CheckResult | null>(null);
  const choices = useMemo(() => (item.kind === 'match' ? matchChoices(item, seed) : []), [item, seed]);
  const done = status === 'correct' || status === 'shown';

  const check = () => {
    if (done) return;
    const r = checkAnswer(item, answer);
    setResult(r);
    if (r.incomplete) return;
    if (r.correct) {
      setStatus('correct');
      onResolved?.(wrongTries === 0 ? 'correct' : 'retry');
    } else {
      setStatus('wrong');
      setWrongTries((n) => n + 1);
    }
  };

  const show = () => {
    if (done) return;
    setAnswer(correctAnswer(item));
    setStatus('shown');
    setResult(null);
    onResolved?.('shown');
  };

  const edit = (a: Answer) => {
    setAnswer(a);
    if (status === 'wrong') setStatus('answering');
  };

  return (
    <div className={`quiz-item quiz-item-${item.kind} is-${status}`} data-item-id={item.id}>
      {label ? <p className="quiz-item-label muted">{label}</p> : null}
      <p id={promptId} className="quiz-prompt">
        {item.prompt}
      </p>
      {renderInput(item, answer, edit, done, status, choices, name, promptId, check)}
      <div className="quiz-actions">
        <button type="button" className="btn btn-primary" onClick={check} disabled={done || !isAnswered(answer)}>
          Check answer
        </button>
        <button type="button" className="btn" onClick={show} disabled={done}>
          Show answer
        </button>
      </div>
      <div className="quiz-feedback" role="status" aria-live="polite">
        {status === 'correct' ? (
          <p className="quiz-verdict quiz-verdict-right">
            <span aria-hidden="true">✓ </span>
            {wrongTries === 0 ? 'Correct.' : 'Correct on a later try.'}
          </p>
        ) : null}
        {status === 'shown' ? (
          <p className="quiz-verdict quiz-verdict-shown">
            <span aria-hidden="true">ⓘ </span>
            Answer shown (not counted as correct): {describeAnswer(item)}
          </p>
        ) : null}
        {result && !result.correct ? (
          <div className={result.incomplete ? 'quiz-verdict quiz-verdict-incomplete' : 'quiz-verdict quiz-verdict-wrong'}>
            <p>
              {result.incomplete ? null : <span aria-hidden="true">✗ </span>}
              {result.feedback}
              {result.incomplete ? null : ' Change your answer and check again, or show the answer.'}
            </p>
            {result.notes.length > 0 ? (
              <ul>
                {result.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {done ? <p className="quiz-explanation">{item.explanation}</p> : null}
      </div>
      {done && item.source ? (
        <p className="quiz-source muted">
          Source:{' '}
          <a href={item.source} rel="noreferrer">
            {sourceLabel(item.source)}
          </a>
        </p>
      ) : null}
    </div>
  );
}

function renderInput(
  item: QuizItem,
  answer: Answer,
  edit: (a: Answer) => void,
  done: boolean,
  status: Status,
  choices: readonly string[],
  name: string,
  promptId: string,
  submit: () => void,
) {
  switch (item.kind) {
    case 'single':
    case 'multiple': {
      const chosen = answer.kind === 'single' ? (answer.choice ? [answer.choice] : []) : answer.kind === 'multiple' ? answer.choices : [];
      const reveal = done ? (item.kind === 'single' ? [item.answer] : item.answers) : null;
      return (
        <ChoiceInput
          item={item}
          chosen={chosen}
          disabled={done}
          reveal={status === 'shown' || status === 'correct' ? reveal : null}
          name={name}
          legendId={promptId}
          onChange={(ids) => edit(item.kind === 'single' ? { kind: 'single', choice: ids[0] ?? null } : { kind: 'multiple', choices: ids })}
        />
      );
    }
    case 'match':
      return (
        <MatchInput
          item={item}
          choices={choices}
          picks={answer.kind === 'match' ? answer.picks : []}
          disabled={done}
          reveal={status === 'shown'}
          name={name}
          legendId={promptId}
          onChange={(picks) => edit({ kind: 'match', picks })}
        />
      );
    case 'acronym':
      return (
        <AcronymInput
          item={item}
          value={answer.kind === 'acronym' ? answer.text : ''}
          disabled={done}
          name={name}
          promptId={promptId}
          onSubmit={submit}
          onChange={(text) => edit({ kind: 'acronym', text })}
        />
      );
    case 'numeric':
      return (
        <NumericInput
          item={item}
          value={answer.kind === 'numeric' ? answer.value : ''}
          unit={answer.kind === 'numeric' ? answer.unit : item.unit}
          disabled={done}
          name={name}
          promptId={promptId}
          onSubmit={submit}
          onChange={(value, unit) => edit({ kind: 'numeric', value, unit })}
        />
      );
    case 'order':
      return (
        <OrderInput
          item={item}
          order={answer.kind === 'order' ? answer.order : []}
          disabled={done}
          name={name}
          legendId={promptId}
          onChange={(order) => edit({ kind: 'order', order })}
        />
      );
  }
}

function sourceLabel(url: string): string {
  try {
    const u = new URL(url);
    return u.hostname.replace(/^www\./, '') + (u.pathname.length > 1 ? u.pathname.replace(/\/$/, '') : '');
  } catch {
    return url;
  }
}
