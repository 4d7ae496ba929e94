/**
 * The autoscaling widget in the kserve/autoscaling lesson: it computes the three runs in a
 * worker, plays without changing size or shifting the page, is axe-clean in both themes, fits a
 * phone with no text under 10 px, and keeps its state in the URL.
 */

import { join } from 'node:path';
import { metric, revealWidget, setTheme, slotSmallestText, widgetViolations } from './lib/widgets.mjs';

const LESSON = '/learn/kserve/autoscaling';

async function openWidget(page, baseUrl, ns = 'spike', search = '') {
  await page.goto(baseUrl + LESSON + search);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'autoscaling', ns);
  const widget = page.locator(`[data-widget="autoscaling"][data-ns="${ns}"]`);
  await widget.locator('[data-computing="false"]').waitFor({ timeout: 90_000 });
  return widget;
}

/** Layout shifts from now on, and the widget section's height, sampled while it plays. */
async function watchStability(page, ns) {
  await page.evaluate((n) => {
    const section = document.querySelector(`section[data-slot="autoscaling"][data-ns="${n}"]`);
    window.__as = { cls: 0, heights: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__as.cls += e.value;
    }).observe({ type: 'layout-shift' });
    window.__asTimer = setInterval(() => window.__as.heights.push(section.getBoundingClientRect().height), 100);
  }, ns);
}

const smallestText = (page, ns) => slotSmallestText(page, 'autoscaling', ns);

export default {
  async 'autoscaling widget: the spike preset panics, plays without moving the page, and keeps its state in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    const widget = await openWidget(page, baseUrl);
    assert.ok(workers.length > 0, 'the runs are computed in a worker');
    // Like-for-like figures for all three runs, and panic in the KPA's.
    for (const f of ['kpa', 'alt', 'fixed']) {
      const v = Number(await widget.locator(`tr[data-metric="gpu-hours"] td[data-focus="${f}"]`).getAttribute('data-value'));
      assert.ok(v > 0, `${f} GPU-hours ${v}`);
    }
    assert.ok(Number(await widget.locator('tr[data-metric="panic"] td[data-focus="kpa"]').getAttribute('data-value')) > 0, 'the KPA panics');
    // Play for a few seconds: the playhead moves, the widget keeps its height, nothing shifts.
    await widget.locator('.as-chart').scrollIntoViewIfNeeded();
    await watchStability(page, 'spike');
    await widget.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-ns="spike"] [data-metric="time"]')?.dataset.value) >= 40, null, { timeout: 15_000 });
    await page.waitForTimeout(2000);
    await widget.getByRole('button', { name: 'Pause' }).click();
    const { cls, heights } = await page.evaluate(() => {
      clearInterval(window.__asTimer);
      return window.__as;
    });
    const change = Math.max(...heights) - Math.min(...heights);
    console.log(`    playing: ${heights.length} height samples, change ${change.toFixed(1)} px, layout shift ${cls.toFixed(4)}`);
    assert.ok(change <= 4, `the widget's height changed by ${change} px while playing`);
    assert.ok(cls <= 0.01, `layout shift ${cls} while playing`);
    assert.ok((await metric(widget, 'time')) >= 40, 'the playhead moved');
    // Keyboard: the HPA/KEDA run into the big chart; the URL keeps it and a new page reopens it.
    await widget.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('2');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('spike')?.includes('focus.alt'), null, { timeout: 5000 });
    const { page: again } = await newPage({ serviceWorkers: 'block' });
    const w2 = await openWidget(again, baseUrl, 'spike', new URL(page.url()).search);
    assert.equal(await w2.getByRole('button', { name: 'HPA / KEDA' }).getAttribute('aria-pressed'), 'true');
  },

  async 'autoscaling widget: axe-clean in light and dark, fits a 390 px phone with readable text'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    // Mid-run in the scale-from-zero preset: the activator queue is full, the chart busy.
    const widget = await openWidget(page, baseUrl, 'zero', '?zero=f.140');
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await widgetViolations(page, await axe(page));
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await widget.screenshot({ path: join(artifacts, `autoscaling-desktop-${theme}.png`) });
    }
    const smallest = await smallestText(page, 'zero');
    assert.ok(smallest >= 11, `text at ${smallest}px on desktop`);
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const w = await openWidget(phone, baseUrl, 'zero', '?zero=f.140');
    for (const theme of ['light', 'dark']) {
      await setTheme(phone, theme);
      await w.screenshot({ path: join(artifacts, `autoscaling-390-${theme}.png`) });
    }
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 390 px screen by ${overflow}px`);
    const phoneSmallest = await smallestText(phone, 'zero');
    assert.ok(phoneSmallest >= 10, `text at ${phoneSmallest}px on a phone`);
  },
};
