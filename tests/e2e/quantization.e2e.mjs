/**
 * The quantization widget in the vllm/quantization lesson: it computes in a worker, shows the
 * FP8 layer measured by the calibration run beside the model, keeps its size and the page still
 * when the KV dtype changes, keeps its state in the URL, is axe-clean in both themes, and fits a
 * 390 px phone with no text under 10 px.
 */

import { join } from 'node:path';
import { metric, revealWidget, setTheme, slotSmallestText, widgetViolations } from './lib/widgets.mjs';

const LESSON = '/learn/vllm/quantization';

async function openWidget(page, baseUrl, ns = 'qz-weights', search = '') {
  await page.goto(baseUrl + LESSON + search);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'quantization', ns);
  const widget = page.locator(`[data-widget="quantization"][data-ns="${ns}"]`);
  await widget.locator('[data-computing="false"]').waitFor({ timeout: 30_000 });
  await widget.locator('[data-metric="kv-blocks"][data-value]:not([data-value=""])').waitFor({ timeout: 30_000 });
  return widget;
}

const smallestText = (page, ns) => slotSmallestText(page, 'quantization', ns);

export default {
  async 'quantization widget: measured FP8 layer beside the model, fp8 KV doubles the blocks without moving the page, state in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    const widget = await openWidget(page, baseUrl);
    assert.ok(workers.length > 0, 'the model runs in a worker');
    assert.equal(await metric(widget, 'measured-decode'), 164.22, 'the measured FP8 layer (H100, batch 32 at 512 tokens)');
    assert.ok((await metric(widget, 'decode')) > 0, 'a decode step time');
    const before = await metric(widget, 'kv-blocks');
    // The KV dtype by keyboard: blocks double, the section keeps its height, nothing below shifts.
    const section = page.locator('section[data-slot="quantization"][data-ns="qz-weights"]');
    const h0 = (await section.boundingBox()).height;
    await page.evaluate(() => {
      window.__qz = { cls: 0 };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__qz.cls += e.value;
      }).observe({ type: 'layout-shift' });
    });
    await widget.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('k');
    await page.waitForFunction((b) => Number(document.querySelector('[data-ns="qz-weights"] [data-metric="kv-blocks"]')?.dataset.value) > 1.9 * b, before, { timeout: 15_000 });
    await page.waitForTimeout(800);
    const h1 = (await section.boundingBox()).height;
    const cls = await page.evaluate(() => window.__qz.cls);
    console.log(`    fp8 KV: ${before} → ${await metric(widget, 'kv-blocks')} blocks, height ${h0.toFixed(0)} → ${h1.toFixed(0)} px, layout shift ${cls.toFixed(4)}`);
    assert.ok(Math.abs(h1 - h0) <= 4, `the widget's height changed by ${h1 - h0} px`);
    assert.ok(cls <= 0.01, `layout shift ${cls}`);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('qz-weights')?.includes('kv.fp8'), null, { timeout: 5000 });
    // A new page with that URL opens the same state.
    const { page: again } = await newPage({ serviceWorkers: 'block' });
    const w2 = await openWidget(again, baseUrl, 'qz-weights', new URL(page.url()).search);
    assert.equal(await w2.getByRole('button', { name: 'fp8 KV cache' }).getAttribute('aria-pressed'), 'true');
  },

  async 'quantization widget: axe-clean in light and dark, fits a 390 px phone with readable text'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const widget = await openWidget(page, baseUrl, 'qz-70b');
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await widgetViolations(page, await axe(page));
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await widget.screenshot({ path: join(artifacts, `quantization-desktop-${theme}.png`) });
    }
    const smallest = await smallestText(page, 'qz-70b');
    assert.ok(smallest >= 11, `text at ${smallest}px on desktop`);
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const w = await openWidget(phone, baseUrl, 'qz-70b');
    for (const theme of ['light', 'dark']) {
      await setTheme(phone, theme);
      await w.screenshot({ path: join(artifacts, `quantization-390-${theme}.png`) });
    }
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 390 px screen by ${overflow}px`);
    const phoneSmallest = await smallestText(phone, 'qz-70b');
    assert.ok(phoneSmallest >= 10, `text at ${phoneSmallest}px on a phone`);
  },
};
