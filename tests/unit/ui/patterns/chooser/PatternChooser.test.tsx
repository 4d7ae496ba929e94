import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MATRIX } from '../../../../../src/content/patterns/matrix.ts';
import { PatternChooser } from '../../../../../src/ui/patterns/chooser/PatternChooser.tsx';

const section = () => screen.getByRole('region', { name: 'Choose an architecture' });
const recommended = () => [...section().querySelectorAll('[data-pattern]')].map((e) => e.getAttribute('data-pattern'));
const avoided = () => [...section().querySelectorAll('[data-avoid]')].map((e) => e.getAttribute('data-avoid'));

describe('pattern chooser', () => {
  it('recommends patterns with reasons and a Lab link each, and marks the matrix rows that apply', () => {
    render(<PatternChooser />);
    expect(recommended()).toEqual(['replicated', 'caching-first', 'autoscaling-pool']);
    expect(avoided()).toEqual(['disaggregated']);
    const links = within(section()).getAllByRole('link', { name: /Open in the Lab/ });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/lab?pattern=replicated&workload=diurnal', '/lab?pattern=caching-first&workload=diurnal', '/lab?pattern=autoscaling-pool&workload=diurnal']);
    expect(within(section()).getByText(/Each replica needs TP 2/)).toBeInTheDocument();
    const table = within(section()).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(MATRIX.length + 1);
    expect([...section().querySelectorAll('tr[data-applies="true"]')].map((r) => r.getAttribute('data-row'))).toEqual(['fits-one-node', 'daily', 'tight-ttft', 'shared', 'budget-floor']);
    expect(section().querySelector('tr[data-row="tight-ttft"] td:last-child')?.textContent).toBe('applies');
    expect(within(section()).getByRole('region', { name: 'The decision matrix' })).toHaveAttribute('tabindex', '0');
  });

  it('follows the answers: long prompts behind a tight ITL objective bring P/D; a big GPU makes the model fit one', () => {
    render(<PatternChooser />);
    const w = within(section());
    fireEvent.change(w.getByRole('combobox', { name: 'Latency objective' }), { target: { value: 'tight-itl' } });
    fireEvent.change(w.getByRole('combobox', { name: 'Prompt length' }), { target: { value: 'long' } });
    expect(recommended()).toContain('disaggregated');
    expect(w.getByRole('link', { name: /Open in the Lab \(summarize workload\)/ })).toHaveAttribute('href', '/lab?pattern=disaggregated&workload=summarize');
    fireEvent.change(w.getByRole('combobox', { name: 'GPU' }), { target: { value: 'h200-141gb' } });
    expect(w.getByText(/Each replica needs TP 1/)).toBeInTheDocument();
    expect(avoided()).toContain('tensor-parallel');
  });

  it('the objective wins: sparse traffic behind a tight TTFT keeps a warm replica and says which row it overrules', () => {
    render(<PatternChooser />);
    const w = within(section());
    fireEvent.change(w.getByRole('combobox', { name: 'Model' }), { target: { value: 'llama-3.1-70b' } });
    fireEvent.change(w.getByRole('combobox', { name: 'Traffic shape' }), { target: { value: 'sparse' } });
    expect(recommended()).not.toContain('autoscaling-pool');
    const avoid = section().querySelector('[data-avoid="autoscaling-pool"]');
    expect(avoid?.textContent).toContain('wait about 118 s');
    expect(avoid?.textContent).toContain('This overrules the row for a budget that holds a floor all the time');
  });
});
