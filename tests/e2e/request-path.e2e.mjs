/**
 * The request-path widget in the overview lesson: it runs the cluster model in a worker, plays
 * one request from client to last token without changing size or shifting the page, is
 * axe-clean in both themes, fits a 390 px phone with no text under 10 px, and keeps its settings
 * in the URL.
 */

import { join } from 'node:path';
import { metric, revealWidget, setTheme, slotSmallestText, widgetViolations } from './lib/widgets.mjs';

const LESSON = '/learn/overview/the-serving-stack';

async function openWidget(page, baseUrl, ns = 'rp1', search = '') {
  await page.goto(baseUrl + LESSON + search);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'request-path', ns);
  const widget = page.locator(`[data-widget="request-path"][data-ns="${ns}"]`);
  await widget.locator('[data-computing="false"]').waitFor({ timeout: 60_000 });
  await widget.locator('tr[data-metric="req-ttft"] td[data-value]:not([data-value=""])').first().waitFor({ timeout: 30_000 });
  return widget;
}

const cell = async (w, name, policy) => Number(await w.locator(`tr[data-metric="${name}"] td[data-policy="${policy}"]`).getAttribute('data-value'));

/** The height of the widget's content (what `--widget-reserve` holds before it renders). */
const bodyHeight = (page, ns) => page.evaluate((n) => document.querySelector(`[data-widget="request-path"][data-ns="${n}"]`).getBoundingClientRect().height, ns);

/** Layout shifts from now on, and the widget section's height, sampled while it plays. */
async function watchStability(page, ns) {
  await page.evaluate((n) => {
    const section = document.querySelector(`section[data-slot="request-path"][data-ns="${n}"]`);
    window.__rp = { cls: 0, heights: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__rp.cls += e.value;
    }).observe({ type: 'layout-shift' });
    window.__rpTimer = setInterval(() => window.__rp.heights.push(section.getBoundingClientRect().height), 100);
  }, ns);
}

const smallestText = (page, ns) => slotSmallestText(page, 'request-path', ns);

export default {
  async 'request-path widget: prefix-aware beats round robin on the traced request, plays without moving the page, and keeps its settings in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    const widget = await openWidget(page, baseUrl);
    assert.ok(workers.length > 0, 'the run is computed in a worker');
    console.log(`    body height at 1280 px: ${(await bodyHeight(page, 'rp1')).toFixed(0)} px`);
    const prefix = await cell(widget, 'req-ttft', 'prefix');
    const rr = await cell(widget, 'req-ttft', 'rr');
    assert.ok(rr > 3 * prefix, `traced TTFT ${prefix} µs prefix-aware vs ${rr} µs round robin`);
    assert.equal(await metric(widget, 'ttft'), Math.round(prefix), 'the bar shows the same TTFT as the table');
    // Play: the request moves along the path, the widget keeps its height, nothing shifts.
    await widget.locator('.rp-path').scrollIntoViewIfNeeded();
    await watchStability(page, 'rp1');
    await widget.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-ns="rp1"] [data-metric="elapsed"]')?.dataset.value) > 0, null, { timeout: 20_000 });
    await page.waitForTimeout(2500);
    await widget.getByRole('button', { name: 'Pause' }).click();
    const { cls, heights } = await page.evaluate(() => {
      clearInterval(window.__rpTimer);
      return window.__rp;
    });
    const change = Math.max(...heights) - Math.min(...heights);
    console.log(`    playing: ${heights.length} height samples, change ${change.toFixed(1)} px, layout shift ${cls.toFixed(4)}`);
    assert.ok(change <= 4, `the widget's height changed by ${change} px while playing`);
    assert.ok(cls <= 0.01, `layout shift ${cls} while playing`);
    assert.ok((await metric(widget, 'elapsed')) > 0, 'the latency bar filled');
    // Keyboard: "p" switches to round robin; the URL keeps it and a new page reopens it.
    await widget.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('p');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('rp1')?.includes('pol.rr'), null, { timeout: 5000 });
    const { page: again } = await newPage({ serviceWorkers: 'block' });
    const w2 = await openWidget(again, baseUrl, 'rp1', new URL(page.url()).search);
    assert.equal(await w2.getByRole('combobox', { name: 'Routing policy' }).inputValue(), 'rr');
    assert.equal(await metric(w2, 'ttft'), Math.round(rr), 'round robin shows the traced request’s round-robin TTFT');
  },

  async 'request-path widget: axe-clean in light and dark, fits a 390 px phone with readable text'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    // In the middle of prefill: a stop marked "now", bars part filled.
    const widget = await openWidget(page, baseUrl, 'rp1', '?rp1=f.22');
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await widgetViolations(page, await axe(page));
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await widget.screenshot({ path: join(artifacts, `request-path-desktop-${theme}.png`) });
    }
    const smallest = await smallestText(page, 'rp1');
    assert.ok(smallest >= 11, `text at ${smallest}px on desktop`);
    const { page: mid } = await newPage({ serviceWorkers: 'block', viewport: { width: 900, height: 900 } });
    await openWidget(mid, baseUrl, 'rp1');
    console.log(`    body height at 900 px: ${(await bodyHeight(mid, 'rp1')).toFixed(0)} px`);
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const w = await openWidget(phone, baseUrl, 'rp1', '?rp1=f.22');
    console.log(`    body height at 390 px: ${(await bodyHeight(phone, 'rp1')).toFixed(0)} px`);
    for (const theme of ['light', 'dark']) {
      await setTheme(phone, theme);
      const violations = await widgetViolations(phone, await axe(phone));
      assert.deepEqual(violations, [], `phone ${theme}:\n${describeViolations(violations)}`);
      await w.screenshot({ path: join(artifacts, `request-path-390-${theme}.png`) });
    }
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 390 px screen by ${overflow}px`);
    const phoneSmallest = await smallestText(phone, 'rp1');
    assert.ok(phoneSmallest >= 10, `text at ${phoneSmallest}px on a phone`);
    const { page: narrow } = await newPage({ serviceWorkers: 'block', viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
    await openWidget(narrow, baseUrl, 'rp1');
    const narrowOverflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(narrowOverflow <= 1, `page overflows a 360 px screen by ${narrowOverflow}px`);
  },
};
