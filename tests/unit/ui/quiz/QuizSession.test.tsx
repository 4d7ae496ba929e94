import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { acronym, single } from '../../../../src/quiz/build.ts';
import { QuizSession } from '../../../../src/ui/quiz/QuizSession.tsx';

const base = { explanation: 'e', topic: 'metrics' as const };
const items = [
  single({ ...base, id: 's:1', prompt: 'First?' }, 'Yes', [['No', 'Because.']]),
  acronym({ ...base, id: 's:2', prompt: 'What does ITL stand for?' }, 'ITL', 'Inter-token latency'),
];

describe('QuizSession', () => {
  it('walks through items by keyboard and announces the results', async () => {
    const user = userEvent.setup();
    const onOutcome = vi.fn();
    render(<QuizSession items={items} onOutcome={onOutcome} />);
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next question' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByRole('heading', { name: 'Question 2 of 2' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    await user.click(screen.getByRole('button', { name: 'See results' }));
    expect(screen.getByRole('heading', { name: 'Results' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 correct on the first try, 1 shown.');
    expect(onOutcome.mock.calls.map((c) => c[1])).toEqual(['correct', 'shown']);
    await user.click(screen.getByRole('button', { name: 'Try these questions again' }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 2' })).toBeInTheDocument();
  });
});
