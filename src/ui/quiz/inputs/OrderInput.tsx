import { useRef, useState } from 'react';
import type { OrderItem } from '../../../quiz/schema.ts';

interface Props {
  readonly item: OrderItem;
  readonly order: readonly number[];
  readonly onChange: (order: number[]) => void;
  readonly disabled: boolean;
  readonly name: string;
  readonly legendId: string;
}

/**
 * Ordering without drag and drop: each step has "move up" and "move down" buttons. Focus follows the
 * moved step, and a polite live region says where it went.
 */
export function OrderInput({ item, order, onChange, disabled, name, legendId }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const move = (pos: number, delta: -1 | 1) => {
    const to = pos + delta;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const a = next[pos] as number;
    next[pos] = next[to] as number;
    next[to] = a;
    onChange(next);
    const step = item.steps[a] ?? '';
    setAnnouncement(`Moved “${step}” to position ${to + 1} of ${order.length}.`);
    // Keep focus on the same step; at an end, switch to the button that still works.
    const atEdge = (delta === -1 && to === 0) || (delta === 1 && to === order.length - 1);
    const dir = atEdge ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down';
    const focus = () => buttons.current.get(`${a}:${dir}`)?.focus();
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(focus);
    else setTimeout(focus, 0);
  };

  return (
    <fieldset className="quiz-order" aria-labelledby={legendId}>
      <p className="quiz-hint muted">Use the buttons to put the steps in order, first at the top.</p>
      <ol>
        {order.map((stepIndex, pos) => {
          const text = item.steps[stepIndex] ?? '';
          return (
            <li key={stepIndex} className="quiz-order-step">
              <span className="quiz-order-pos" aria-hidden="true">
                {pos + 1}
              </span>
              <span className="quiz-order-text">{text}</span>
              <span className="quiz-order-buttons">
                <button
                  type="button"
                  className="btn quiz-order-btn"
                  aria-label={`Move “${text}” up`}
                  disabled={disabled || pos === 0}
                  ref={(el) => {
                    if (el) buttons.current.set(`${stepIndex}:up`, el);
                    else buttons.current.delete(`${stepIndex}:up`);
                  }}
                  onClick={() => move(pos, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className="btn quiz-order-btn"
                  aria-label={`Move “${text}” down`}
                  disabled={disabled || pos === order.length - 1}
                  ref={(el) => {
                    if (el) buttons.current.set(`${stepIndex}:down`, el);
                    else buttons.current.delete(`${stepIndex}:down`);
                  }}
                  onClick={() => move(pos, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite" id={`${name}-order-status`}>
        {announcement}
      </p>
    </fieldset>
  );
}
