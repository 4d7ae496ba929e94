import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LessonPart } from '../../../../src/ui/lesson/LessonPart.tsx';
import { LessonReveal } from '../../../../src/ui/lesson/lessonReveal.ts';
import { FIRST_PARTS, useProgressiveBody } from '../../../../src/ui/lesson/useProgressiveBody.ts';

/** A lesson page in miniature: `count` parts, each one heading, as the MDX setup emits them. */
function Page({ count }: { count: number }) {
  const { state, complete } = useProgressiveBody();
  return (
    <LessonReveal.Provider value={state}>
      {Array.from({ length: count }, (_, i) => (
        <LessonPart key={i} index={i} count={count}>
          <h2>Part {i}</h2>
        </LessonPart>
      ))}
      <p>{complete ? 'complete' : 'pending'}</p>
    </LessonReveal.Provider>
  );
}

const headings = () => screen.queryAllByRole('heading').map((h) => h.textContent);
const parts = (n: number) => Array.from({ length: n }, (_, i) => `Part ${i}`);

afterEach(() => window.history.replaceState(null, '', '/'));

describe('a lesson body mounted part by part', () => {
  it('mounts the first parts at once and each later part in its own task, in order', async () => {
    render(<Page count={6} />);
    expect(headings()).toEqual(parts(FIRST_PARTS));
    expect(screen.getByText('pending')).toBeInTheDocument();
    const seen = [headings().length];
    while ((seen.at(-1) ?? 0) < 6) {
      await act(() => new Promise((r) => setTimeout(r, 0)));
      seen.push(headings().length);
      if (seen.length > 20) break;
    }
    // Never more than one part per task, and never out of order.
    for (let i = 1; i < seen.length; i++) expect((seen[i] ?? 0) - (seen[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    expect(headings()).toEqual(parts(6));
    expect(await screen.findByText('complete')).toBeInTheDocument();
  });

  it('is complete at once when the body has no more parts than it mounts first', async () => {
    render(<Page count={1} />);
    expect(headings()).toEqual(parts(1));
    expect(await screen.findByText('complete')).toBeInTheDocument();
  });

  it('mounts everything at once for a link to a heading, so the heading is there to scroll to', async () => {
    window.history.replaceState(null, '', '/learn/x#part-5');
    render(<Page count={6} />);
    expect(headings()).toEqual(parts(6));
    expect(await screen.findByText('complete')).toBeInTheDocument();
  });

  it('shows every part outside a lesson page', () => {
    render(
      <>
        <LessonPart index={0} count={2}>
          <h2>Part 0</h2>
        </LessonPart>
        <LessonPart index={1} count={2}>
          <h2>Part 1</h2>
        </LessonPart>
      </>,
    );
    expect(headings()).toEqual(parts(2));
  });
});
