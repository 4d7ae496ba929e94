import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Term } from '../../../../src/ui/glossary/Term.tsx';
import { renderWithRouter } from '../quiz/harness.tsx';

describe('Term', () => {
  it('links to the term’s own page and describes the link with its definition', async () => {
    renderWithRouter(
      <p>
        Watch <Term id="ttft">TTFT</Term> closely.
      </p>,
    );
    const link = await screen.findByRole('link', { name: 'TTFT' });
    expect(link).toHaveAttribute('href', '/glossary/ttft');
    expect(await screen.findByText(/first output token is produced/, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(link).toHaveAccessibleDescription(/first output token is produced/);
  });

  it('opens the preview on keyboard focus and closes it with Escape', async () => {
    const user = userEvent.setup();
    renderWithRouter(<Term id="kv-cache">KV cache</Term>);
    await screen.findByRole('link', { name: 'KV cache' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('link', { name: 'KV cache' })).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/keys and values/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'KV cache' })).toHaveFocus();
  });

  it('opens on hover, stays while hovered, and closes when the pointer leaves', async () => {
    renderWithRouter(<Term id="tpot">TPOT</Term>);
    const link = await screen.findByRole('link', { name: 'TPOT' });
    const wrapper = link.parentElement;
    if (!wrapper) throw new Error('no wrapper');
    fireEvent.mouseEnter(wrapper);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Time per output token/);
    fireEvent.mouseLeave(wrapper);
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('still links for an unknown id and says it is not in the glossary', async () => {
    const user = userEvent.setup();
    renderWithRouter(<Term id="no-such-term">mystery</Term>);
    await user.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Not in the glossary yet.');
    expect(screen.getByRole('link', { name: 'mystery' })).toHaveAttribute('href', '/glossary/no-such-term');
  });
});
