/**
 * The KV paging widget in the built app: it plays; a larger block size raises the paged
 * allocator's internal fragmentation, as the model predicts; its state survives a reload through
 * the URL; it works by keyboard, in both themes, on a 360 px phone, and offline inside a lesson.
 */

import { goOfflineWhenCached, metric, revealWidget, sliderValue, widgetViolations } from './lib/widgets.mjs';

/** The widget instance with URL namespace `ns`, once its run is computed. */
async function widget(page, ns = 'kv') {
  await revealWidget(page, 'kv-paging', ns);
  const w = page.locator(`[data-widget="kv-paging"][data-ns="${ns}"]`);
  await w.locator('[data-computing="false"]').waitFor({ timeout: 30_000 });
  return w;
}

export default {
  async 'plays, and larger blocks raise internal fragmentation as the model predicts'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    await page.goto(`${baseUrl}/lab`);
    let w = await widget(page);
    const play = w.getByRole('button', { name: 'Play' });
    await play.click();
    await page.waitForTimeout(1500);
    await w.getByRole('button', { name: 'Pause' }).click();
    assert.ok((await sliderValue(w)) > 3, 'the timeline advanced while playing');
    assert.ok((await w.locator('.widget-narration-item').count()) > 0, 'the narration describes the step');

    // Same moment of the same workload on the same memory, block size 16 → 32 → 64 (key "=").
    // The model predicts each sequence wastes up to one block, so internal fragmentation grows
    // with the block size and the share of memory holding tokens falls.
    await page.goto(`${baseUrl}/lab?kv=f.40`);
    w = await widget(page);
    const read = async () => ({ slots: Number(await w.locator('[data-metric="paged-internal"]').getAttribute('data-slots')), share: await metric(w, 'paged-token-share') });
    await w.locator('[data-metric="paged-internal"]').waitFor();
    const at = [await read()];
    await w.getByRole('button', { name: 'Reset' }).focus();
    for (const bs of [32, 64]) {
      await page.keyboard.press('=');
      await page.waitForFunction((b) => document.querySelector('.kv-badge')?.textContent?.includes(`× ${b} tokens`), bs);
      w = await widget(page);
      await page.waitForTimeout(600); // the text panels follow a few times a second
      at.push(await read());
    }
    const [a, b, c] = at;
    assert.ok(a.slots < b.slots && b.slots < c.slots, `internal fragmentation grows with block size: ${at.map((x) => x.slots).join(' < ')} slots`);
    assert.ok(a.share > b.share && b.share > c.share, `token share falls with block size: ${at.map((x) => x.share).join(' > ')} %`);
    assert.equal(await metric(w, 'paged-external'), 0, 'paging has no external fragmentation');
    assert.ok((await metric(w, 'contiguous-token-share')) < (await metric(w, 'paged-token-share')), 'paging keeps more of the memory in use for tokens');

    // The whole state is in the URL: a reload shows the same view.
    await page.waitForURL(/kv=[^&]*bs\.64/);
    const url = page.url();
    await page.reload();
    w = await widget(page);
    assert.equal(page.url(), url);
    assert.match(await w.locator('.kv-badge').innerText(), /× 64 tokens/);
    assert.equal(await sliderValue(w), 40);
  },

  async 'keyboard only: shortcuts inside the widget, never while typing'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    await page.goto(`${baseUrl}/lab`);
    const w = await widget(page);
    // Tab into the widget: its first control is the timeline's "Go to start" button.
    let inside = false;
    for (let i = 0; i < 40 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await page.evaluate(() => document.activeElement?.closest('[data-widget="kv-paging"]') != null);
    }
    assert.ok(inside, 'the widget is reachable with Tab');
    await page.keyboard.press('.');
    await page.keyboard.press('.');
    assert.equal(await sliderValue(w), 2, '"." steps forward');
    await page.keyboard.press('n');
    assert.equal(await w.getByRole('list', { name: 'Requests in the engine' }).getByRole('button', { pressed: true }).count(), 1, '"n" selects a request');
    await w.getByText('Settings', { exact: true }).click();
    const seed = w.getByLabel(/^Seed/);
    await seed.fill('');
    await seed.type('12.');
    assert.equal(await sliderValue(w), 2, 'typing "." in a field does not step the timeline');
  },

  async 'no accessibility violation in the widget, light and dark, and no sideways scroll at 360 px'({ newPage, baseUrl, assert, axe, describeViolations }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    for (const theme of ['light', 'dark']) {
      await page.goto(`${baseUrl}/lab?kv=f.40_sel.r2`);
      await page.getByLabel('Colour theme').selectOption(theme);
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      const w = await widget(page);
      await w.getByText('Settings', { exact: true }).click();
      await page.waitForTimeout(400);
      const v = await widgetViolations(page, await axe(page));
      assert.equal(v.length, 0, `${theme}:\n${describeViolations(v)}`);
      await w.getByRole('button', { name: 'Show as table' }).click();
      await page.waitForTimeout(400);
      const t = await widgetViolations(page, await axe(page));
      assert.equal(t.length, 0, `${theme}, table view:\n${describeViolations(t)}`);
    }
    const phone = await newPage({ serviceWorkers: 'block', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of ['/lab?kv=nb.4096_mml.2048_rq.none_gen.60_f.50', '/learn/vllm/paged-attention']) {
      await phone.page.goto(baseUrl + path);
      await widget(phone.page, path.startsWith('/lab') ? 'kv' : 'kv1');
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${path} is ${width}px wide`);
    }
  },

  async 'both lessons open offline with working widgets and knowledge checks'({ newPage, baseUrl, assert }) {
    const { page, context } = await newPage();
    await page.goto(`${baseUrl}/learn/vllm/kv-cache-memory`);
    await widget(page, 'kv1');
    await goOfflineWhenCached(page, context);
    for (const [path, ns] of [
      ['/learn/vllm/paged-attention', 'kv3'],
      ['/learn/vllm/kv-cache-memory', 'kv2'],
    ]) {
      await page.goto(baseUrl + path);
      const w = await widget(page, ns);
      await w.getByRole('button', { name: 'Step forward' }).click();
      assert.equal(await sliderValue(w), 1, `${path}: the widget steps offline`);
      // The check loads its questions once the reader comes near it.
      await page.locator('.knowledge-check').scrollIntoViewIfNeeded();
      await page.locator('.knowledge-check').getByRole('button').first().waitFor({ timeout: 15_000 });
    }
    await context.setOffline(false);
  },
};
