import '../inView.ts';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RoutingWidget } from '../../../../../src/ui/widgets/routing/RoutingWidget.tsx';
import { presetOf } from '../../../../../src/widget-models/routing/presets.ts';

describe('preset lookup', () => {
  it('an unknown id names the known presets', () => {
    expect(() => presetOf('gatway')).toThrow(/no preset “gatway”.*gateway, prefix-only/);
    expect(presetOf(undefined).id).toBe('sandbox');
  });

  it('a typo in a lesson fails inside the widget, not the lesson', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <p>Text before</p>
        <RoutingWidget preset={'gatway' as never} />
        <p>Text after</p>
      </main>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/this widget stopped working.*no preset “gatway”/);
    expect(screen.getByRole('heading', { name: 'Request routing' })).toBeInTheDocument();
    expect(screen.getByText('Text after')).toBeInTheDocument();
    warn.mockRestore();
    err.mockRestore();
  });
});
