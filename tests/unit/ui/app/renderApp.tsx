import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { routeTree } from '../../../../src/routeTree.gen.ts';

/** Renders the real app (every route, the real shell) at a URL, in memory. */
export async function renderApp(url: string) {
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [url] }) });
  const view = render(<RouterProvider router={router} />);
  await router.load();
  return { router, ...view };
}
