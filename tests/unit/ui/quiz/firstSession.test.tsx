import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyOutcome, quizOptions, quizStore } from '../../../../src/state/quizStore.ts';
import { renderApp } from '../app/renderApp.tsx';

describe('the quiz page’s due queue when nothing is due', () => {
  beforeEach(() => quizStore.setState(quizOptions.initial(), true));

  it('offers a new learner a first session instead of congratulating them', async () => {
    await renderApp('/quiz');
    const start = await screen.findByRole('link', { name: /Start a first session of 10 terms/ }, { timeout: 25_000 });
    expect(start.getAttribute('href')).toMatch(/mode=glossary/);
    expect(screen.queryByText(/Well done/)).toBeNull();
  }, 30_000);

  it('tells a returning learner when the next review is', async () => {
    const now = Date.now();
    const reviewed = applyOutcome(quizOptions.initial(), 'q1', ['ttft'], 'correct', now);
    const card = reviewed.cards.ttft;
    if (!card) throw new Error('the answer scheduled no card');
    // Scheduled five days out, as a later review would be.
    const due = now + 5 * 86_400_000;
    quizStore.setState({ ...reviewed, cards: { ttft: { ...card, due } } }, true);
    await renderApp('/quiz');
    const time = await screen.findByText((_, el) => el?.tagName === 'TIME', undefined, { timeout: 25_000 });
    expect(time.getAttribute('datetime')).toBe(new Date(due).toISOString());
    expect(screen.getByText(/Nothing is due today\. Your next review is on/)).toBeTruthy();
  }, 30_000);
});
