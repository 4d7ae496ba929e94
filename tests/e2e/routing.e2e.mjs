/**
 * The routing widget in the llm-d lessons: it computes, plays and explains by keyboard, stays
 * accessible in both themes, fits a phone screen, keeps its state in the URL, and works offline.
 */

import { join } from 'node:path';
import { goOfflineWhenCached, revealWidget, setTheme } from './lib/widgets.mjs';

const LESSON = '/learn/llm-d/inference-gateway';

async function openLesson(page, baseUrl, path = LESSON) {
  await page.goto(baseUrl + path);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'routing');
  const widget = page.locator('[data-widget="routing"]').first();
  await widget.waitFor({ timeout: 20_000 });
  await page.locator('[data-widget="routing"] [data-computing="false"]').first().waitFor({ timeout: 60_000 });
  return widget;
}

export default {
  async 'routing widget: plays, explains a pick by keyboard, and keeps its state in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    const widget = await openLesson(page, baseUrl);
    // A and B compared on the same seed: prefix-aware has the higher hit rate.
    const hit = widget.locator('[data-metric="hit-rate"]');
    const a = Number(await hit.locator('[data-side="a"]').getAttribute('data-value'));
    const b = Number(await hit.locator('[data-side="b"]').getAttribute('data-value'));
    assert.ok(a > b, `hit rate A ${a} > B ${b}`);
    // Keyboard only: focus a control inside the widget, then End, previous request, side B.
    await widget.getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('End');
    await widget.getByRole('table', { name: /Scheduler profile/ }).waitFor({ timeout: 10_000 });
    assert.ok((await widget.getByText('✓ picked').count()) > 0, 'the score table marks the pick');
    await page.keyboard.press('b');
    await widget.getByRole('heading', { name: /Why this pod\? Request r\d+/ }).waitFor();
    await page.keyboard.press('2');
    await widget.getByText(/The Service sent it to/).waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('rt1')?.includes('side.b'), null, { timeout: 5000 });
    // Play moves requests through the gateway.
    await widget.getByRole('button', { name: 'Go to start' }).click();
    await widget.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-widget="routing"] .rt-mover').length > 0, null, { timeout: 10_000 });
    await widget.getByRole('button', { name: 'Pause' }).click();
    // A shared link reopens the same view.
    const url = page.url();
    const { page: again } = await newPage({ serviceWorkers: 'block' });
    await again.goto(url);
    await revealWidget(again, 'routing');
    const w2 = again.locator('[data-widget="routing"]').first();
    await w2.waitFor({ timeout: 20_000 });
    assert.equal(await w2.getByRole('button', { name: 'Show B' }).getAttribute('aria-pressed'), 'true');
  },

  async 'routing lessons: no axe violation in light and dark, and the widget fits 360 px'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    // Mid-run (frame 160 = 40 s), with a request selected, so the screenshots show a busy cluster.
    await openLesson(page, baseUrl, `${LESSON}?rt1=f.160`);
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await page.locator('[data-widget="routing"]').first().screenshot({ path: join(artifacts, `routing-desktop-${theme}.png`) });
    }
    for (const path of ['/learn/llm-d/disaggregated-serving', '/learn/llm-d/kv-cache-tiers']) {
      await openLesson(page, baseUrl, path);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${path}:\n${describeViolations(violations)}`);
    }
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const widget = await openLesson(phone, baseUrl, `${LESSON}?rt1=f.160`);
    for (const theme of ['light', 'dark']) {
      await setTheme(phone, theme);
      await widget.locator('.rt-cluster').scrollIntoViewIfNeeded();
      await widget.screenshot({ path: join(artifacts, `routing-360-${theme}.png`) });
    }
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 360 px screen by ${overflow}px`);
  },

  async 'routing lesson reloads and computes offline'({ newPage, baseUrl }) {
    const { page, context } = await newPage();
    await page.goto(baseUrl);
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
    await goOfflineWhenCached(page, context);
    await openLesson(page, baseUrl);
    await page.reload();
    await openLesson(page, baseUrl, '/learn/llm-d/kv-cache-tiers');
    await context.setOffline(false);
  },
};
