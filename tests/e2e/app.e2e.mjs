/**
 * The app shell as a learner meets it: every route, accessibility in both themes, keyboard use,
 * a phone-sized screen, bad saved data and bad links, installability, and offline reloads.
 */
import { setTheme } from './lib/widgets.mjs';

const ROUTES = [
  { path: '/', heading: /served in production/i },
  { path: '/learn/overview/the-serving-stack', heading: /serving stack/i },
  { path: '/learn/vllm/speculative-decoding', heading: /speculative decoding/i },
  { path: '/glossary', heading: /glossary/i },
  { path: '/glossary/ttft', heading: /time to first token|ttft/i },
  { path: '/quiz', heading: /quiz/i },
  { path: '/lab', heading: /lab/i },
  { path: '/about', heading: /about serving lab/i },
  { path: '/no/such/page', heading: /page not found/i },
];

async function h1(page) {
  await page.locator('h1').first().waitFor({ timeout: 15_000 });
  return page.locator('h1').first().innerText();
}

export default {
  async 'every route renders its page with no console error'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    for (const r of ROUTES) {
      await page.goto(baseUrl + r.path);
      assert.match(await h1(page), r.heading, `h1 on ${r.path}`);
    }
  },

  async 'axe finds no WCAG A/AA violation on any route, light and dark'({ newPage, baseUrl, assert, axe, describeViolations }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    for (const theme of ['light', 'dark']) {
      await page.goto(baseUrl);
      await setTheme(page, theme);
      for (const r of ROUTES) {
        await page.goto(baseUrl + r.path);
        await h1(page);
        await page.waitForTimeout(300);
        const v = await axe(page);
        assert.equal(v.length, 0, `${theme} ${r.path}:\n${describeViolations(v)}`);
      }
    }
  },

  async 'the course map works by keyboard alone'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    await page.goto(baseUrl);
    await h1(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    // Tab through the page until the first lesson link of the course map has focus, then open it.
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.closest('.course-map') !== null && document.activeElement?.tagName === 'A');
    }
    assert.ok(found, 'a course-map link is reachable with Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focused link shows a visible focus outline');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(learn|glossary)\//);
    assert.ok((await h1(page)).length > 0, `opened "${label}" from the keyboard`);
  },

  async 'a link to a lesson heading, opened directly, lands on that heading'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    await page.goto(`${baseUrl}/learn/vllm/paged-attention#choosing-a-block-size`);
    const heading = page.locator('#choosing-a-block-size');
    await heading.waitFor();
    // The heading sits several screens down; the page must have scrolled to it.
    await page.waitForFunction(() => {
      const top = document.getElementById('choosing-a-block-size')?.getBoundingClientRect().top ?? -1;
      return top >= -2 && top < 300;
    }, null, { timeout: 10_000 });
    assert.ok((await page.evaluate(() => window.scrollY)) > 1000, 'scrolled down to the heading');
  },

  async 'a learning path reorders the course map and is kept in the URL'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: /platform/i }).click();
    await page.waitForURL(/path=platform/);
    const first = await page.locator('.module-list > li h3').first().innerText();
    assert.match(first, /KServe/);
    await page.goto(`${baseUrl}/?path=astronaut`);
    await h1(page);
    assert.match(await page.locator('.notice').first().innerText(), /does not understand/);
  },

  async 'a 360 px phone never scrolls sideways'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of ['/', '/learn/overview/the-serving-stack', '/glossary', '/quiz', '/about']) {
      await page.goto(baseUrl + path);
      await h1(page);
      await page.waitForTimeout(300);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${path} is ${width}px wide`);
    }
  },

  async 'the dark theme survives a reload without a light flash'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    await page.goto(baseUrl);
    await setTheme(page, 'dark');
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('html[data-theme]', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  },

  async 'the overview lesson draws its mermaid diagram and records reading progress'({ newPage, baseUrl, assert }) {
    const { page } = await newPage({ serviceWorkers: 'block' });
    await page.goto(`${baseUrl}/learn/overview/the-serving-stack`);
    await page.locator('.mermaid-figure[data-state="ready"] svg').first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Mark lesson as read' }).click();
    await page.goto(baseUrl);
    const badge = page.locator('.lesson-item', { hasText: /serving stack/i }).locator('.badge');
    assert.match(await badge.innerText(), /Completed/);
  },

  async 'unreadable saved progress is set aside, reported and downloadable, whatever its version'({ newPage, baseUrl, assert }) {
    // Broken JSON in the current format, and a well-formed envelope of the old format 1 with malformed contents.
    for (const raw of ['{"version": 2, "state": {"lessons": 7}', '{"version":1,"state":{"visited":"overview/the-serving-stack"}}']) {
      const { page } = await newPage({ serviceWorkers: 'block' });
      await page.goto(baseUrl);
      await page.evaluate((r) => localStorage.setItem('serving-lab:progress', r), raw);
      await page.reload();
      await h1(page);
      const notice = page.locator('.notice', { hasText: /course progress could not be read/ });
      await notice.waitFor();
      assert.ok(await notice.getByRole('link', { name: 'Download it' }).isVisible());
      const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('serving-lab:progress:unreadable:')).map((k) => localStorage.getItem(k)));
      assert.deepEqual(kept, [raw]);
      await page.close();
    }
  },

  async 'installable, and lessons and glossary reload offline'({ newPersistentPage, baseUrl, assert }) {
    const { page, context } = await newPersistentPage();
    await page.goto(baseUrl);
    await h1(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chrome reports the app installable');

    await context.setOffline(true);
    await page.goto(`${baseUrl}/learn/overview/the-serving-stack`);
    assert.match(await h1(page), /serving stack/i);
    await page.locator('.mermaid-figure[data-state="ready"] svg').first().waitFor({ timeout: 20_000 });
    await page.reload();
    assert.match(await h1(page), /serving stack/i);
    await page.goto(`${baseUrl}/glossary`);
    assert.match(await h1(page), /glossary/i);
    await page.reload();
    assert.match(await h1(page), /glossary/i);
    await context.setOffline(false);
  },
};
