/**
 * The load-test widget in the patterns/single-and-replicated lesson and the pattern chooser in
 * patterns/choosing-an-architecture: the sweep runs in a worker and fills the chart without
 * changing the widget's size, keeps its state in the URL, downloads CSV, is axe-clean in both
 * themes and fits a phone with no text under 10 px; the chooser links each pattern to the Lab.
 */

import { join } from 'node:path';
import { revealWidget, setTheme, slotSmallestText, widgetViolations } from './lib/widgets.mjs';

const LESSON = '/learn/patterns/single-and-replicated';
const NS = 'lt-replicas';
/** A small sweep (8B model, 2 GPUs, 4 rates of 30 s each, two patterns): a second or two of worker time. */
const SMALL = `?${NS}=model.llama-3.1-8b_gpus.2_maxQps.8_points.4_durationS.30`;

async function openWidget(page, baseUrl, search = SMALL) {
  await page.goto(baseUrl + LESSON + search);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'load-test', NS);
  const widget = page.locator(`[data-widget="load-test"][data-ns="${NS}"]`);
  await widget.locator('[data-computing="false"]').waitFor({ timeout: 60_000 });
  return widget;
}

const smallestText = (page) => slotSmallestText(page, 'load-test', NS);

export default {
  async 'load-test widget: sweeps in a worker without changing size, keeps the metric in the URL, downloads CSV'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    const widget = await openWidget(page, baseUrl);
    assert.ok(workers.length > 0, 'the sweep is computed in a worker');
    assert.equal(await widget.locator('.lt-svg circle.lt-dot').count(), 4, 'four rates for pattern A');
    assert.equal(await widget.locator('.lt-svg rect.lt-dot').count(), 4, 'four rates for pattern B');
    // A new sweep (another seed) fills the chart point by point: the widget keeps its height, nothing shifts.
    await widget.locator('.lt-chart').scrollIntoViewIfNeeded();
    await page.evaluate((n) => {
      const section = document.querySelector(`section[data-slot="load-test"][data-ns="${n}"]`);
      window.__lt = { cls: 0, heights: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__lt.cls += e.value;
      }).observe({ type: 'layout-shift' });
      window.__ltTimer = setInterval(() => window.__lt.heights.push(section.getBoundingClientRect().height), 50);
    }, NS);
    await widget.getByRole('button', { name: 'New seed' }).click();
    await widget.locator('[data-computing="false"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(300);
    const { cls, heights } = await page.evaluate(() => {
      clearInterval(window.__ltTimer);
      return window.__lt;
    });
    const change = Math.max(...heights) - Math.min(...heights);
    console.log(`    sweeping: ${heights.length} height samples, change ${change.toFixed(1)} px, layout shift ${cls.toFixed(4)}`);
    assert.ok(change <= 4, `the widget's height changed by ${change} px while sweeping`);
    assert.ok(cls <= 0.01, `layout shift ${cls} while sweeping`);
    // Keyboard: TPOT into the chart; the URL keeps it and a new page reopens it.
    await widget.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('2');
    await page.waitForFunction((n) => new URL(location.href).searchParams.get(n)?.includes('metric.tpot'), NS, { timeout: 5000 });
    assert.ok((await widget.locator('.lt-slo-label').textContent()).includes('ITL objective 50 ms'));
    const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Download CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^load-test-chat-single-instance-vs-replicated\.csv$/);
    const { page: again } = await newPage({ serviceWorkers: 'block' });
    const w2 = await openWidget(again, baseUrl, new URL(page.url()).search);
    assert.equal(await w2.getByRole('button', { name: 'TPOT / ITL' }).getAttribute('aria-pressed'), 'true');
  },

  async 'load-test widget: axe-clean in light and dark, fits a 390 px phone; the chooser opens patterns in the Lab'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const widget = await openWidget(page, baseUrl);
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await widgetViolations(page, await axe(page));
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await widget.screenshot({ path: join(artifacts, `load-test-desktop-${theme}.png`) });
    }
    assert.ok((await smallestText(page)) >= 11, 'text at 11 px or more on desktop');
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const w = await openWidget(phone, baseUrl);
    await w.screenshot({ path: join(artifacts, 'load-test-390.png') });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 390 px screen by ${overflow}px`);
    const phoneSmallest = await smallestText(phone);
    assert.ok(phoneSmallest >= 10, `text at ${phoneSmallest}px on a phone`);
    // The chooser: P/D for long prompts behind a tight ITL objective, opened in the Lab.
    await phone.goto(`${baseUrl}/learn/patterns/choosing-an-architecture`);
    const chooser = phone.getByRole('region', { name: 'Choose an architecture' });
    await chooser.getByLabel('Latency objective').selectOption('tight-itl');
    await chooser.getByLabel('Prompt length').selectOption('long');
    assert.equal(await chooser.locator('[data-pattern="disaggregated"] a').getAttribute('href'), '/lab?pattern=disaggregated&workload=summarize');
    const wide = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 1, `the chooser page overflows the phone by ${wide}px (the matrix must scroll inside its box)`);
  },
};
