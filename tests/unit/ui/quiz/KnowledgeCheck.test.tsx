import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeCheck } from '../../../../src/ui/quiz/KnowledgeCheck.tsx';
import { quizOptions, quizStore } from '../../../../src/state/quizStore.ts';
import { renderWithRouter } from './harness.tsx';
import '../widgets/inView.ts';

afterEach(() => quizStore.setState(quizOptions.initial(), true));

describe('KnowledgeCheck', () => {
  it('loads the lesson’s items and records outcomes for spaced repetition', async () => {
    const user = userEvent.setup();
    renderWithRouter(<KnowledgeCheck lesson="overview/the-serving-stack" />);
    expect(await screen.findByRole('heading', { name: /Question 1 of \d+/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Knowledge check' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    const attempts = quizStore.getState().attempts;
    expect(Object.values(attempts)).toEqual([expect.objectContaining({ shown: 1, correct: 0 })]);
    expect(Object.keys(quizStore.getState().cards).length).toBeGreaterThan(0);
  });

  it('says so when a lesson has no knowledge check', async () => {
    renderWithRouter(<KnowledgeCheck lesson="nope/none" />);
    expect(await screen.findByText('This lesson has no knowledge check yet.')).toBeInTheDocument();
  });
});
