import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { acronym, match, multiple, numeric, order, single } from '../../../../src/quiz/build.ts';
import { QuizItemView } from '../../../../src/ui/quiz/QuizItemView.tsx';

const base = { explanation: 'Because of the formula.', topic: 'vllm' as const };

describe('QuizItemView', () => {
  it('single choice: keyboard selection, correct answer announced, reported once', async () => {
    const user = userEvent.setup();
    const onResolved = vi.fn();
    const item = single({ ...base, id: 't:1', prompt: 'Block size?' }, '16 tokens', [['1 token', 'Too small.'], ['128 tokens', 'Not the CUDA default.']]);
    render(<QuizItemView item={item} onResolved={onResolved} />);
    const group = screen.getByRole('group', { name: 'Block size?' });
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    await user.click(within(group).getByRole('radio', { name: '16 tokens' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Correct.');
    expect(screen.getByRole('status')).toHaveTextContent('Because of the formula.');
    expect(onResolved).toHaveBeenCalledExactlyOnceWith('correct');
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeDisabled();
  });

  it('a wrong answer explains why, and a later correct answer counts as a retry', async () => {
    const user = userEvent.setup();
    const onResolved = vi.fn();
    const item = single({ ...base, id: 't:2', prompt: 'Block size?' }, '16 tokens', [['1 token', 'Too small for efficient kernels.']]);
    render(<QuizItemView item={item} onResolved={onResolved} />);
    await user.click(screen.getByRole('radio', { name: '1 token' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Not quite');
    expect(status).toHaveTextContent('Too small for efficient kernels.');
    expect(onResolved).not.toHaveBeenCalled();
    await user.click(screen.getByRole('radio', { name: '16 tokens' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(onResolved).toHaveBeenCalledExactlyOnceWith('retry');
  });

  it('show answer reveals it, is never counted as correct, and locks the item', async () => {
    const user = userEvent.setup();
    const onResolved = vi.fn();
    const item = multiple({ ...base, id: 't:3', prompt: 'Which are true?' }, ['A', 'B'], [['C', 'C is false.']]);
    render(<QuizItemView item={item} onResolved={onResolved} />);
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(onResolved).toHaveBeenCalledExactlyOnceWith('shown');
    expect(screen.getByRole('status')).toHaveTextContent('not counted as correct');
    expect(screen.getByRole('checkbox', { name: /^A/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^C/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^A/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeDisabled();
  });

  it('numeric: type a value, pick a unit, press Enter', async () => {
    const user = userEvent.setup();
    const onResolved = vi.fn();
    const item = numeric({ ...base, id: 't:4', prompt: 'KV bytes per token for Llama-3.1-8B in bf16?' }, 128, 'KiB', { traps: [[64, 'Count K and V.']] });
    render(<QuizItemView item={item} onResolved={onResolved} />);
    const input = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(input, '64{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Count K and V.');
    await user.clear(input);
    await user.type(input, '131072');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'B');
    await user.keyboard('{Enter}');
    expect(onResolved).not.toHaveBeenCalled();
    await user.click(input);
    await user.keyboard('{Enter}');
    expect(onResolved).toHaveBeenCalledExactlyOnceWith('retry');
  });

  it('acronym: typed expansion is accepted case-insensitively', async () => {
    const user = userEvent.setup();
    const onResolved = vi.fn();
    const item = acronym({ ...base, id: 't:5', prompt: 'What does TTFT stand for?' }, 'TTFT', 'Time to first token');
    render(<QuizItemView item={item} onResolved={onResolved} />);
    await user.type(screen.getByRole('textbox', { name: 'What TTFT stands for' }), 'TIME TO FIRST TOKEN{Enter}');
    expect(onResolved).toHaveBeenCalledWith('correct');
  });

  it('matching works with one select per item and explains wrong pairs', async () => {
    const user = userEvent.setup();
    const item = match({ ...base, id: 't:6', prompt: 'Match them.' }, [
      ['TTFT', 'Until the first token'],
      ['ITL', 'Between two tokens'],
    ]);
    render(<QuizItemView item={item} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'TTFT' }), 'Between two tokens');
    await user.selectOptions(screen.getByRole('combobox', { name: 'ITL' }), 'Until the first token');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('that describes “ITL”');
    await user.selectOptions(screen.getByRole('combobox', { name: 'TTFT' }), 'Until the first token');
    await user.selectOptions(screen.getByRole('combobox', { name: 'ITL' }), 'Between two tokens');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Correct on a later try.');
  });

  it('ordering uses move up/down buttons, with focus following the moved step', async () => {
    const user = userEvent.setup();
    const onResolved = vi.fn();
    const steps = ['KServe', 'Gateway', 'Endpoint Picker', 'vLLM'];
    const item = order({ ...base, id: 't:7', prompt: 'Order the path.' }, steps);
    render(<QuizItemView item={item} seed="x" onResolved={onResolved} />);
    // Sort by repeatedly moving each step up to its place, using only the buttons.
    for (let target = 0; target < steps.length; target++) {
      const name = steps[target] ?? '';
      for (;;) {
        const items = within(screen.getByRole('group', { name: 'Order the path.' })).getAllByRole('listitem');
        const pos = items.findIndex((li) => li.textContent?.includes(name) && !li.textContent.includes('Check'));
        if (pos <= target) break;
        await user.click(screen.getByRole('button', { name: `Move “${name}” up` }));
      }
    }
    expect(screen.getByText(/Moved “/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(onResolved).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Correct.')).toBeInTheDocument();
  });

  it('keeps focus on a moved step’s button', async () => {
    const user = userEvent.setup();
    const item = order({ ...base, id: 't:8', prompt: 'Order.' }, ['a', 'b', 'c']);
    render(<QuizItemView item={item} seed="y" />);
    const downs = screen.getAllByRole('button', { name: /down$/ });
    const first = downs[0];
    if (!first) throw new Error('no button');
    const label = first.getAttribute('aria-label') ?? '';
    first.focus();
    await user.keyboard('{Enter}');
    await new Promise((r) => setTimeout(r, 30));
    expect(document.activeElement?.getAttribute('aria-label')).toBe(label);
  });
});
