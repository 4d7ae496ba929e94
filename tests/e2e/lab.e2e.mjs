/**
 * The Lab v2 workbench in the built app: a challenge opened by URL runs in a worker, is graded
 * after the learner's fix and saved; the decision chooser's link form opens a pattern on a
 * workload; axe-clean in both themes; fits a 390 px phone with readable text.
 */

import { join } from 'node:path';
import { revealWidget, setTheme } from './lib/widgets.mjs';

async function openLab(page, baseUrl, search) {
  await page.goto(`${baseUrl}/lab${search}`);
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await revealWidget(page, 'lab', 'lab');
  const bench = page.locator('[data-widget="lab"][data-ns="lab"]');
  await bench.locator('.lab-status').filter({ hasText: /^Result:/ }).waitFor({ timeout: 20_000 });
  return bench;
}

/** The smallest font size of visible text inside the workbench, in CSS pixels. */
const smallestText = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('section[data-slot="lab"]');
    let min = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const el = t.parentElement;
      if (!el || !t.textContent.trim() || el.closest('[hidden], .visually-hidden, details:not([open]) > :not(summary), option')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
    }
    return min;
  });

/** Axe violations on the Lab's own content (the engine sandboxes have their own browser tests). */
async function labViolations(page, axe) {
  const out = [];
  for (const v of await axe(page)) {
    const nodes = [];
    for (const n of v.nodes) {
      const inEngines = await page.evaluate((sel) => document.querySelector(sel)?.closest('.lab-engines') != null, n.target[0]);
      if (!inEngines) nodes.push(n);
    }
    if (nodes.length > 0) out.push({ ...v, nodes });
  }
  return out;
}

export default {
  async 'lab: a challenge opened by URL runs in a worker, fails as given, passes after the fix, and is saved'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    const bench = await openLab(page, baseUrl, '?challenge=fix-one-giant-replica');
    assert.ok(workers.length > 0, 'the model runs in a worker');
    assert.match(await page.getByRole('heading', { level: 2, name: /^Workbench:/ }).textContent(), /one giant replica/);
    const grade = bench.locator('.lab-grade');
    await bench.getByRole('button', { name: 'Run and grade' }).click();
    await page.waitForFunction(() => document.querySelector('.lab-grade')?.getAttribute('data-grade') === 'failed', null, { timeout: 15_000 });
    // The fix: replicas of the smallest TP behind the Endpoint Picker.
    await bench.getByRole('combobox', { name: 'Pattern' }).selectOption('caching-first');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pattern') === 'caching-first', null, { timeout: 5000 });
    await bench.getByRole('button', { name: 'Run and grade' }).click();
    await page.waitForFunction(() => /\(at par\)/.test(document.querySelector('.lab-grade')?.textContent ?? ''), null, { timeout: 15_000 });
    assert.equal(await grade.getAttribute('data-grade'), 'passed');
    assert.match(await grade.textContent(), /✓ Passed/);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('serving-lab:lab-progress') ?? 'null'));
    assert.equal(saved?.version, 1);
    assert.ok(saved.state.challenges['fix-one-giant-replica'].passedAt > 0, 'the pass is saved');
    // The shared link reopens the same configuration.
    await page.reload();
    await page.locator('[data-widget="lab"]').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-widget="lab"]').getByRole('combobox', { name: 'Pattern' }).inputValue(), 'caching-first');
    assert.match(await page.locator('.lab-challenge-item', { hasText: 'Fix it: one giant replica' }).textContent(), /Passed/);
  },

  async 'lab: the chooser’s link opens a pattern on a workload; axe-clean in both themes; fits a phone'({ newPage, baseUrl, assert, axe, describeViolations, artifacts }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const bench = await openLab(page, baseUrl, '?pattern=disaggregated&workload=summarize');
    assert.equal(await bench.getByRole('combobox', { name: 'Pattern' }).inputValue(), 'disaggregated');
    assert.equal(await bench.getByRole('combobox', { name: 'Workload' }).inputValue(), 'summarize');
    assert.match(await bench.locator('.lab-status').textContent(), /Prefill\/decode disaggregation/);
    for (const theme of ['light', 'dark']) {
      await setTheme(page, theme);
      const violations = await labViolations(page, axe);
      assert.deepEqual(violations, [], `${theme}:\n${describeViolations(violations)}`);
      await bench.screenshot({ path: join(artifacts, `lab-desktop-${theme}.png`) });
    }
    const smallest = await smallestText(page);
    assert.ok(smallest >= 11, `text at ${smallest}px on desktop`);
    const { page: phone } = await newPage({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const w = await openLab(phone, baseUrl, '?challenge=tiered-rag');
    await w.screenshot({ path: join(artifacts, 'lab-390.png') });
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page overflows the 390 px screen by ${overflow}px`);
    const phoneSmallest = await smallestText(phone);
    assert.ok(phoneSmallest >= 10, `text at ${phoneSmallest}px on a phone`);
  },
};
