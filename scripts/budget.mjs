/**
 * `npm run budget`: builds the app, opens `/` in headless Chromium with the service worker blocked,
 * and sums the gzip size of every JS and CSS file the browser fetched to render it.
 * Last line: `home-js-css-gzip-kb <n>`. Fails above the budget or if mermaid loads on the home page.
 *   node scripts/budget.mjs [--no-build]
 */
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startPreview } from '../tests/e2e/lib/browser.mjs';

const BUDGET_KB = 150;

if (!process.argv.includes('--no-build')) execSync('npm run --silent build', { stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startPreview();
const browser = await launchBrowser();
let total = 0;
const rows = [];
let failed = false;
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    const url = res.url();
    if (type === 'script' || type === 'stylesheet' || /\.(js|css)(\?|$)/.test(url)) {
      pending.push(
        res.body().then((body) => {
          const gz = gzipSync(body).length;
          total += gz;
          rows.push({ file: new URL(url).pathname, gz });
        }),
      );
    }
  });
  await page.goto(server.baseUrl, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await context.close();
} finally {
  await browser.close();
  server.stop();
}

rows.sort((a, b) => b.gz - a.gz);
for (const r of rows) console.log(`${(r.gz / 1024).toFixed(1).padStart(7)} KB  ${r.file}`);
if (rows.some((r) => /mermaid/i.test(r.file))) {
  console.log('FAIL: mermaid was fetched for the home page');
  failed = true;
}
const kb = total / 1024;
if (kb > BUDGET_KB) {
  console.log(`FAIL: ${kb.toFixed(1)} KB exceeds the ${BUDGET_KB} KB budget`);
  failed = true;
}
console.log(`home-js-css-gzip-kb ${kb.toFixed(1)}`);
process.exitCode = failed ? 1 : 0;
