/** Helpers the widget browser tests share. */

/** The timeline position of a widget (its playback slider). */
export const sliderValue = async (w) => Number(await w.getByRole('slider', { name: 'Timeline position' }).inputValue());

/** A figure a widget exposes as `data-metric` / `data-value`. */
export const metric = async (w, name) => Number(await w.locator(`[data-metric="${name}"]`).getAttribute('data-value'));

/** Violations whose nodes are all inside a widget (the app-wide axe test covers the rest). */
export async function widgetViolations(page, violations) {
  const out = [];
  for (const v of violations) {
    const nodes = [];
    for (const n of v.nodes) {
      const inside = await page.evaluate((sel) => document.querySelector(sel)?.closest('.widget') != null, n.target[0]);
      if (inside) nodes.push(n);
    }
    if (nodes.length > 0) out.push({ ...v, nodes });
  }
  return out;
}

/**
 * Waits until the service worker has precached the app and controls the page, then cuts the
 * network. Everything the page does afterwards must come from the cache.
 */
export async function goOfflineWhenCached(page, context) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await context.setOffline(true);
}

/**
 * Scrolls a widget's slot into view, so the widget renders and computes (widgets start only
 * when the reader comes near them). `ns` picks an instance; without it, the first of `kind`.
 */
export async function revealWidget(page, kind, ns) {
  const slot = page.locator(`section[data-slot="${kind}"]${ns ? `[data-ns="${ns}"]` : ''}`).first();
  await slot.scrollIntoViewIfNeeded();
  await slot.locator(`[data-widget="${kind}"]`).first().waitFor({ timeout: 30_000 });
}

/** Switches the app's colour theme from the header and waits until it applies. */
export async function setTheme(page, theme) {
  await page.getByLabel('Colour theme').selectOption(theme);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

/** The smallest font size of the visible text in a widget's slot (`kind`, instance `ns`), in CSS pixels. */
export const slotSmallestText = (page, kind, ns) =>
  page.evaluate(
    ([k, n]) => {
      const root = document.querySelector(`section[data-slot="${k}"][data-ns="${n}"]`);
      let min = Infinity;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const el = t.parentElement;
        if (!el || !t.textContent.trim() || el.closest('[hidden], .visually-hidden, details:not([open]) > :not(summary)')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
      }
      return min;
    },
    [kind, ns],
  );
