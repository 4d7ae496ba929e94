/**
 * The multi-LoRA widget in the vllm/lora lesson: it runs the engine in a worker, plays without
 * changing size or shifting the page, is axe-clean in both themes, fits a phone with no text
 * under 10 px, and keeps its settings in the URL.
 */

import { join } from 'node:path';
import { metric, revealWidget, setTheme, slotSmallestText, widgetViolations } from './lib/widgets.mjs';

const LESSON = '/learn/vllm/lora';

async function openWidget(page, baseUrl, ns = 'lr1', search = '') {
  await page.goto(baseUrl + LESSON + search);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'lora', ns);
  const widget = page.locator(`[data-widget="lora"][data-ns="${ns}"]`);
  await widget.locator('[data-computing="false"]').waitFor({ timeout: 60_000 });
  await widget.locator('tr[data-metric="throughput"]').waitFor({ timeout: 30_000 });
  return widget;
}

const runValue = async (w, name, run) => Number(await w.locator(`tr[data-metric="${name}"] td[data-run="${run}"]`).getAttribute('data-value'));

/** Layout shifts from now on, and the widget section's height, sampled while it plays. */
async function watchStability(page, ns) {
  await page.evaluate((n) => {
    const section = document.querySelector(`section[data-slot="lora"][data-ns="${n}"]`);
    window.__lr = { cls: 0, heights: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__lr.cls += e.value;
    }).observe({ type: 'layout-shift' });
    window.__lrTimer = setInterval(() => window.__lr.heights.push(section.getBoundingClientRect().height), 100);
  }, ns);
}

const smallestText = (page, ns) => slotSmallestText(page, 'lora', ns);

export default {
  async 'lora widget: one slot makes requests wait, plays without moving the page, and keeps its settings in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    const widget = await openWidget(page, baseUrl);
    assert.ok(workers.length > 0, 'the run is computed in a worker');
    // max_loras 1: the median TTFT is far above the base model's on the same requests.
    const lora = await runValue(widget, 'ttft-p50', 'lora');
    const base = await runValue(widget, 'ttft-p50', 'base');
    assert.ok(lora > 10 * base, `TTFT p50 ${lora} ms with one slot vs ${base} ms on the base model`);
    // Play for a few seconds: the playhead moves, the widget keeps its height, nothing shifts.
    await widget.locator('.lr-chart').scrollIntoViewIfNeeded();
    await watchStability(page, 'lr1');
    await widget.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-ns="lr1"] [data-metric="deferred-now"]')?.dataset.time) >= 3000, null, { timeout: 15_000 });
    await page.waitForTimeout(1500);
    await widget.getByRole('button', { name: 'Pause' }).click();
    const { cls, heights } = await page.evaluate(() => {
      clearInterval(window.__lrTimer);
      return window.__lr;
    });
    const change = Math.max(...heights) - Math.min(...heights);
    console.log(`    playing: ${heights.length} height samples, change ${change.toFixed(1)} px, layout shift ${cls.toFixed(4)}`);
    assert.ok(change <= 4, `the widget's height changed by ${change} px while playing`);
    assert.ok(cls <= 0.01, `layout shift ${cls} while playing`);
    assert.ok(Number(await widget.locator('[data-metric="deferred-now"]').getAttribute('data-time')) >= 3000, 'the playhead moved');
    // Keyboard: "+" adds a GPU slot; the URL keeps it and a new page reopens it.
    await widget.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('+');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lr1')?.includes('ml.2'), null, { timeout: 5000 });
    const { page: again } = await newPage({ serviceWorkers: 'block' });
    const w2 = await openWidget(again, baseUrl, 'lr1', new URL(page.url()).search);
    assert.match(await w2.getByRole('group', { name: 'GPU adapter slots' }).locator('output').textContent(), /2 slots/);
    assert.ok((await metric(w2, 'loads')) >= 4, 'every adapter was loaded at least once');
  },

  async 'lora widget: axe-clean in light and dark, fits a 390 px phone with readable text'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    // Mid-run in the CPU-cache preset: slots changing, requests skipped, loads marked.
    const widget = await openWidget(page, baseUrl, 'lr2', '?lr2=f.80');
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await widgetViolations(page, await axe(page));
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await widget.screenshot({ path: join(artifacts, `lora-desktop-${theme}.png`) });
    }
    const smallest = await smallestText(page, 'lr2');
    assert.ok(smallest >= 11, `text at ${smallest}px on desktop`);
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const w = await openWidget(phone, baseUrl, 'lr2', '?lr2=f.80');
    for (const theme of ['light', 'dark']) {
      await setTheme(phone, theme);
      await w.screenshot({ path: join(artifacts, `lora-390-${theme}.png`) });
    }
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 390 px screen by ${overflow}px`);
    const phoneSmallest = await smallestText(phone, 'lr2');
    assert.ok(phoneSmallest >= 10, `text at ${phoneSmallest}px on a phone`);
  },
};
