/**
 * The speculative-decoding widget in the vllm/speculative-decoding lesson: it computes the run
 * and the sweeps in a worker, plays without changing size or shifting the page, is axe-clean in
 * both themes, fits a phone with no text under 10 px, and keeps its state in the URL.
 */

import { join } from 'node:path';
import { metric, revealWidget, setTheme, slotSmallestText, widgetViolations } from './lib/widgets.mjs';

const LESSON = '/learn/vllm/speculative-decoding';

async function openWidget(page, baseUrl, ns = 'sd1', search = '') {
  await page.goto(baseUrl + LESSON + search);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'spec-decoding', ns);
  const widget = page.locator(`[data-widget="spec-decoding"][data-ns="${ns}"]`);
  await widget.locator('[data-computing="false"]').waitFor({ timeout: 90_000 });
  return widget;
}

/** Layout shifts from now on, and the widget section's height, sampled while it plays. */
async function watchStability(page, ns) {
  await page.evaluate((n) => {
    const section = document.querySelector(`section[data-slot="spec-decoding"][data-ns="${n}"]`);
    window.__sd = { cls: 0, heights: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__sd.cls += e.value;
    }).observe({ type: 'layout-shift' });
    window.__sdTimer = setInterval(() => window.__sd.heights.push(section.getBoundingClientRect().height), 100);
  }, ns);
}

const smallestText = (page, ns) => slotSmallestText(page, 'spec-decoding', ns);

export default {
  async 'spec-decoding widget: one request runs faster with drafts, plays without moving the page, and keeps k in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    const widget = await openWidget(page, baseUrl);
    assert.ok(workers.length > 0, 'the runs are computed in a worker');
    assert.ok((await metric(widget, 'speedup')) > 2, 'batch size 1 gains more than 2×');
    for (const axis of ['k', 'acc', 'bs']) assert.equal(await widget.locator(`figure[data-axis="${axis}"]`).getAttribute('data-complete'), 'true', `${axis} sweep complete`);
    // Play a few seconds: steps advance, the height holds, nothing shifts.
    await widget.locator('.sd-rows').scrollIntoViewIfNeeded();
    await watchStability(page, 'sd1');
    await widget.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-ns="sd1"] [data-metric="step"]')?.dataset.value) >= 6, null, { timeout: 15_000 });
    await page.waitForTimeout(2000);
    await widget.getByRole('button', { name: 'Pause' }).click();
    const { cls, heights } = await page.evaluate(() => {
      clearInterval(window.__sdTimer);
      return window.__sd;
    });
    const change = Math.max(...heights) - Math.min(...heights);
    console.log(`    playing: ${heights.length} height samples, change ${change.toFixed(1)} px, layout shift ${cls.toFixed(4)}`);
    assert.ok(change <= 4, `the widget's height changed by ${change} px while playing`);
    assert.ok(cls <= 0.01, `layout shift ${cls} while playing`);
    assert.ok((await metric(widget, 'num_drafts')) > 0, 'vLLM’s counters moved');
    // Keyboard: one more draft token; the URL keeps it and a new page reopens it.
    await widget.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('=');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sd1')?.includes('k.4'), null, { timeout: 5000 });
    const { page: again } = await newPage({ serviceWorkers: 'block' });
    const w2 = await openWidget(again, baseUrl, 'sd1', new URL(page.url()).search);
    assert.equal(await w2.locator('.sd-rows').getAttribute('data-k'), '4');
  },

  async 'spec-decoding widget: axe-clean in light and dark, fits a 390 px phone with readable text'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    // Mid-run at batch 256: every row verifies drafts.
    const widget = await openWidget(page, baseUrl, 'sd2', '?sd2=f.30');
    assert.ok((await metric(widget, 'speedup')) < 1.15, 'batch 256 gains little');
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await widgetViolations(page, await axe(page));
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await widget.screenshot({ path: join(artifacts, `spec-decoding-desktop-${theme}.png`) });
    }
    const smallest = await smallestText(page, 'sd2');
    assert.ok(smallest >= 11, `text at ${smallest}px on desktop`);
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const w = await openWidget(phone, baseUrl, 'sd3', '?sd3=f.30');
    for (const theme of ['light', 'dark']) {
      await setTheme(phone, theme);
      await w.screenshot({ path: join(artifacts, `spec-decoding-390-${theme}.png`) });
    }
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 390 px screen by ${overflow}px`);
    const phoneSmallest = await smallestText(phone, 'sd3');
    assert.ok(phoneSmallest >= 10, `text at ${phoneSmallest}px on a phone`);
  },
};
