/**
 * The tensor-parallel widget in the vllm/tensor-parallelism lesson: it computes in a worker,
 * draws one card per GPU, follows the TP stepper and keeps it in the URL, does not move the page
 * when it renders, is axe-clean in both themes, and fits a phone with no text under 10 px.
 */

import { join } from 'node:path';
import { metric, revealWidget, setTheme, slotSmallestText, widgetViolations } from './lib/widgets.mjs';

const LESSON = '/learn/vllm/tensor-parallelism';

async function openWidget(page, baseUrl, ns = 'tp1', search = '') {
  await page.goto(baseUrl + LESSON + search);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'tensor-parallel', ns);
  const widget = page.locator(`[data-widget="tensor-parallel"][data-ns="${ns}"]`);
  await widget.locator('[data-computing="false"] [data-rank]').first().waitFor({ timeout: 60_000 });
  return widget;
}

const smallestText = (page, ns) => slotSmallestText(page, 'tensor-parallel', ns);

export default {
  async 'tensor-parallel widget: computes in a worker, follows the TP stepper, keeps it in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    const widget = await openWidget(page, baseUrl);
    assert.ok(workers.length > 0, 'the figures are computed in a worker');
    assert.equal(await widget.locator('[data-rank]').count(), 2, 'TP 2: two GPU cards');
    assert.ok((await metric(widget, 'step-us')) > 0, 'a step time');
    const blocks2 = await metric(widget, 'blocks');
    const stepper = widget.getByRole('button', { name: 'Increase Tensor parallel size' });
    await stepper.click();
    await widget.getByRole('alert').filter({ hasText: 'tp=3' }).waitFor({ timeout: 10_000 });
    await stepper.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-ns="tp1"] [data-rank]').length === 4, null, { timeout: 15_000 });
    assert.ok((await metric(widget, 'blocks')) > 2 * blocks2, 'TP 4 more than doubles the KV blocks of TP 2');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tp1')?.includes('tp.4'), null, { timeout: 5000 });
    // Keyboard: − goes back to 3 (refused), r resets to the preset.
    await widget.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('-');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tp1')?.includes('tp.3'), null, { timeout: 5000 });
    await page.keyboard.press('+');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tp1')?.includes('tp.4'), null, { timeout: 5000 });
    const { page: again } = await newPage({ serviceWorkers: 'block' });
    const w2 = await openWidget(again, baseUrl, 'tp1', new URL(page.url()).search);
    assert.equal(await w2.locator('[data-rank]').count(), 4, 'the link reopens at TP 4');
  },

  async 'tensor-parallel widget: renders without shifting the page, axe-clean in light and dark, fits a 390 px phone'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl + LESSON);
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
    const slot = page.locator('section[data-slot="tensor-parallel"][data-ns="tp3"]');
    await slot.scrollIntoViewIfNeeded();
    const before = await slot.evaluate((el) => el.getBoundingClientRect().height);
    const widget = page.locator('[data-widget="tensor-parallel"][data-ns="tp3"]');
    await widget.locator('[data-computing="false"] tr[data-strategy="ep"]').waitFor({ timeout: 60_000 });
    const after = await slot.evaluate((el) => el.getBoundingClientRect().height);
    console.log(`    compare-moe slot: reserved ${before.toFixed(0)} px, rendered ${after.toFixed(0)} px`);
    // The placeholder's --widget-reserve should be close to the rendered height, or the page below jumps.
    assert.ok(Math.abs(after - before) <= 0.15 * before, `rendered ${after.toFixed(0)} px against a reserve of ${before.toFixed(0)} px: set --widget-reserve in tensor-parallel.css to the rendered body height`);
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await widgetViolations(page, await axe(page));
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await widget.screenshot({ path: join(artifacts, `tensor-parallel-desktop-${theme}.png`) });
    }
    const smallest = await smallestText(page, 'tp3');
    assert.ok(smallest >= 11, `text at ${smallest}px on desktop`);
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const w = await openWidget(phone, baseUrl, 'tp2');
    for (const theme of ['light', 'dark']) {
      await setTheme(phone, theme);
      await w.screenshot({ path: join(artifacts, `tensor-parallel-390-${theme}.png`) });
    }
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 390 px screen by ${overflow}px`);
    const phoneSmallest = await smallestText(phone, 'tp2');
    assert.ok(phoneSmallest >= 10, `text at ${phoneSmallest}px on a phone`);
  },
};
