/**
 * Renders one widget under a memory router, as a lesson would, and waits until its model has
 * finished computing. Import `./inView.ts` first in the test file, so the slot renders its body.
 */
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { expect } from 'vitest';

export interface RenderedWidget {
  /** The widget's region (its slot, named by its title). */
  readonly root: HTMLElement;
  /** The instance's search param as the router holds it now ('' when absent). */
  readonly search: () => string;
  /** Navigates as a pasted link or back/forward would. */
  readonly navigate: (url: string) => Promise<void>;
}

/**
 * @param element the widget as MDX would write it (`<LoraWidget id="lr" />`)
 * @param opts.ns the instance's search param; `url` is the initial `?…` text
 * @param opts.title the region's accessible name (a RegExp is fine)
 */
export async function renderWidget(element: ReactElement, opts: { readonly ns: string; readonly title: RegExp | string; readonly url?: string; readonly waitForRun?: boolean }): Promise<RenderedWidget> {
  const rootRoute = createRootRoute({ component: () => element });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: [`/${opts.url ?? ''}`] }) });
  render(<RouterProvider router={router} />);
  const root = await screen.findByRole('region', { name: opts.title }, { timeout: 25_000 });
  if (opts.waitForRun !== false) await waitFor(() => expect(root.querySelector('[data-computing="false"]')).not.toBeNull(), { timeout: 30_000 });
  return {
    root,
    navigate: async (url) => {
      router.history.push(`/${url}`);
      await router.load();
    },
    search: () => String((router.state.location.search as Record<string, unknown>)[opts.ns] ?? ''),
  };
}
