import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mdxComponents } from '../../../../src/ui/lesson/mdxComponents.tsx';

const Pre = mdxComponents.pre as (p: object) => React.JSX.Element;

describe('code blocks in lessons', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copy exactly the code shown, without the trailing newline, and say so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(
      <Pre>
        <code>{'helm install x oci://ghcr.io/kserve/charts/kserve-crd --version v0.20.0\n'}</code>
      </Pre>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await screen.findByText('Copied.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('helm install x oci://ghcr.io/kserve/charts/kserve-crd --version v0.20.0');
  });

  it('tell the reader to copy by hand when the clipboard is blocked', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    render(
      <Pre>
        <code>kubectl get nodes</code>
      </Pre>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await screen.findByText(/select the text and copy it/)).toBeTruthy();
  });
});
