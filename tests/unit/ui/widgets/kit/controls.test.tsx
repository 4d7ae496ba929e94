import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { actionButtons } from '../../../../../src/ui/widgets/kit/ActionButton.tsx';
import { createActionRegistry } from '../../../../../src/ui/widgets/kit/actions.ts';
import { ChoiceField } from '../../../../../src/ui/widgets/kit/ChoiceField.tsx';
import { SliderField } from '../../../../../src/ui/widgets/kit/SliderField.tsx';
import { StepperField } from '../../../../../src/ui/widgets/kit/StepperField.tsx';
import { useDocumentTheme } from '../../../../../src/ui/widgets/kit/theme.ts';

function Tp() {
  const [tp, setTp] = useState(2);
  return <StepperField label="Tensor parallel" field="--tensor-parallel-size" value={tp} values={[1, 2, 4, 8]} unit="GPUs" onChange={setTp} />;
}

describe('kit controls', () => {
  it('an action button follows its action: label, pressed and enabled state, shortcut, and what a click does', () => {
    const api = createStore<{ n: number }>(() => ({ n: 0 }));
    const registry = createActionRegistry<{ n: number }>([
      { id: 'more', label: 'One more', shortcut: ['+'], pressed: (s) => s.n > 0, enabled: (s) => s.n < 2, perform: (a) => a.setState((s) => ({ n: s.n + 1 })) },
    ]);
    const button = actionButtons(registry, api);
    render(<>{button('more')}</>);
    const b = screen.getByRole('button', { name: 'One more' });
    expect(b).toHaveAttribute('aria-keyshortcuts', '+');
    expect(b).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(b);
    expect(api.getState().n).toBe(1);
    expect(b).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(b);
    expect(b).toBeDisabled();
    // A misspelt id is the widget's mistake: it fails loudly instead of leaving a control out.
    expect(() => button('mroe')).toThrow(/no action “mroe”/);
  });

  it('a stepper moves one allowed value at a time, shows value and unit, and stops at the ends', () => {
    render(<Tp />);
    const group = screen.getByRole('group', { name: 'Tensor parallel' });
    expect(group.textContent).toContain('2 GPUs');
    expect(group).toHaveAccessibleDescription('--tensor-parallel-size');
    fireEvent.click(screen.getByRole('button', { name: 'Increase Tensor parallel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Increase Tensor parallel' }));
    expect(group.textContent).toContain('8 GPUs');
    expect(screen.getByRole('button', { name: 'Increase Tensor parallel' })).toBeDisabled();
    for (let i = 0; i < 5; i++) fireEvent.click(screen.getByRole('button', { name: 'Decrease Tensor parallel' }));
    expect(group.textContent).toContain('1 GPUs');
    expect(screen.getByRole('button', { name: 'Decrease Tensor parallel' })).toBeDisabled();
  });

  it('a slider shows its value and unit as it moves and commits once when the thumb rests', () => {
    vi.useFakeTimers();
    const commit = vi.fn();
    render(<SliderField label="Request rate" value={10} min={1} max={100} unit="requests/s" onCommit={commit} />);
    const slider = screen.getByRole('slider', { name: 'Request rate' });
    fireEvent.change(slider, { target: { value: '30' } });
    fireEvent.change(slider, { target: { value: '40' } });
    expect(slider).toHaveAttribute('aria-valuetext', '40 requests/s');
    expect(commit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(300));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith(40);
    vi.useRealTimers();
  });

  it('a choice names the field it sets', () => {
    const change = vi.fn();
    render(<ChoiceField label="Drafter" field="--speculative-config method" value="ngram" options={[['ngram', 'n-gram'], ['eagle3', 'EAGLE-3']]} onChange={change} />);
    const select = screen.getByRole('combobox', { name: 'Drafter' });
    expect(select).toHaveAccessibleDescription('--speculative-config method');
    fireEvent.change(select, { target: { value: 'eagle3' } });
    expect(change).toHaveBeenCalledWith('eagle3');
  });

  it('useDocumentTheme follows the in-app theme switch', async () => {
    function Show() {
      return <p>theme {useDocumentTheme()}</p>;
    }
    document.documentElement.dataset.theme = 'light';
    render(<Show />);
    expect(screen.getByText('theme light')).toBeTruthy();
    document.documentElement.dataset.theme = 'dark';
    expect(await screen.findByText('theme dark')).toBeTruthy();
    document.documentElement.dataset.theme = 'light';
  });
});
