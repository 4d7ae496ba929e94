/**
 * The built app under its Content-Security-Policy: every route, each lesson scrolled to the end so
 * its diagrams render and its widgets run, with zero `securitypolicyviolation` events and no
 * console error. A control page proves the policy is really in force.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lessonsDir = fileURLToPath(new URL('../../src/lessons/', import.meta.url));
const LESSONS = readdirSync(lessonsDir)
  .filter((d) => /^\d\d-/.test(d))
  .flatMap((d) => readdirSync(lessonsDir + d).filter((f) => /^\d\d-.+\.mdx$/.test(f)).map((f) => `/learn/${d.slice(3)}/${f.slice(3, -4)}`));

const ROUTES = ['/', ...LESSONS, '/glossary', '/glossary/ttft', '/quiz', '/lab', '/about', '/no/such/page'];

/** Records every CSP violation the page sees, from before its first script runs. */
async function recordViolations(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
}

async function scrollThrough(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 120));
    }
  });
}

export default {
  async 'every route, diagrams and widgets included, runs with zero CSP violations'({ newPage, baseUrl, assert }) {
    const { page: first, context } = await newPage({ serviceWorkers: 'block' });
    await recordViolations(context);
    const found = [];
    // Three tabs share the routes: most of the time goes to waiting for diagrams and workers.
    const pages = [first, await context.newPage(), await context.newPage()];
    const queue = [...ROUTES];
    await Promise.all(
      pages.map(async (page) => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await page.goto(baseUrl + path);
          await page.locator('h1').first().waitFor({ timeout: 15_000 });
          const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
          assert.match(policy, /script-src 'self';/, `CSP meta tag on ${path}`);
          await scrollThrough(page);
          const diagrams = page.locator('.mermaid-figure');
          for (let i = 0; i < (await diagrams.count()); i++) {
            await diagrams.nth(i).scrollIntoViewIfNeeded();
            await page.locator('.mermaid-figure').nth(i).and(page.locator('[data-state="ready"]')).waitFor({ timeout: 20_000 });
          }
          await page.waitForTimeout(300);
          for (const v of await page.evaluate(() => window.__csp.splice(0))) found.push(`${path}: ${v}`);
        }
      }),
    );
    assert.ok(LESSONS.length >= 5, `found ${LESSONS.length} lessons`);
    assert.deepEqual(found, [], `CSP violations:\n${found.join('\n')}`);
  },

  async 'the policy is in force: an injected inline script is refused'({ browser, baseUrl, assert }) {
    // Not a watched page: the refusal logs the console error this control expects.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      await recordViolations(context);
      const page = await context.newPage();
      await page.goto(baseUrl);
      await page.locator('h1').first().waitFor();
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.append(s);
      });
      await page.waitForFunction(() => window.__csp.length > 0);
      assert.equal(await page.evaluate(() => window.__inlineRan === true), false);
      assert.match((await page.evaluate(() => window.__csp))[0], /^script-src/);
    } finally {
      await context.close();
    }
  },
};
