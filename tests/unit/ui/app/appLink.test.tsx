import '../widgets/inView.ts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp } from './renderApp.tsx';

it('navigates inside the app on a plain click and marks the header section as current', async () => {
  const { router } = await renderApp('/learn/overview/the-serving-stack');
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  expect(nav.querySelector('[aria-current="page"]')).toBeNull();
  const glossary = screen.getAllByRole('link', { name: 'Glossary' })[0] as HTMLAnchorElement;
  expect(glossary.getAttribute('href')).toBe('/glossary');
  await userEvent.click(glossary);
  await waitFor(() => expect(router.state.location.pathname).toBe('/glossary'));
  await waitFor(() => expect(screen.getAllByRole('link', { name: 'Glossary' })[0]).toHaveAttribute('aria-current', 'page'));
  expect(screen.getByRole('link', { name: 'Course' })).not.toHaveAttribute('aria-current');
});

it('leaves a modified click (new tab, new window) to the browser', async () => {
  const { router } = await renderApp('/about');
  const quiz = await screen.findByRole('link', { name: 'Quiz' });
  for (const mod of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }]) {
    const notPrevented = fireEvent.click(quiz, mod);
    expect(notPrevented).toBe(true);
  }
  expect(fireEvent.click(quiz, { button: 1 })).toBe(true);
  expect(router.state.location.pathname).toBe('/about');
  expect(fireEvent.click(quiz)).toBe(false);
  await waitFor(() => expect(router.state.location.pathname).toBe('/quiz'));
});

it('lesson links point at their pages and lead there', async () => {
  const { router } = await renderApp('/learn/overview/the-serving-stack');
  const next = await screen.findByRole('link', { name: /^Next:/ });
  expect(next.getAttribute('href')).toMatch(/^\/learn\/[\w-]+\/[\w-]+$/);
  await userEvent.click(next);
  await waitFor(() => expect(router.state.location.pathname).toBe(next.getAttribute('href')));
});
