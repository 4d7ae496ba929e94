/**
 * End-to-end runner: serves the built app with `vite preview`, then runs every tests/e2e/*.e2e.mjs
 * in headless Chromium. Each file default-exports `async (ctx) => {}` or an object of named steps.
 * Every page opened through ctx fails its test on a console error, an uncaught exception, or a
 * request to any host other than the app's own.
 *
 * Tests run in E2E_LANES lanes at once (default 2), each in its own browser contexts: a test
 * spends most of its time waiting on the page, so two lanes keep a 2-core box busy. A test's
 * output is held back and printed whole when it ends, so lanes never interleave in the log.
 *
 *   node tests/e2e/run.mjs [filter]        E2E_LANES=1 node tests/e2e/run.mjs   (one at a time)
 */
import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { axe, describeViolations } from './lib/axe.mjs';
import { launchBrowser, launchPersistent, startPreview } from './lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const artifacts = join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const files = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

const server = await startPreview();
const browser = await launchBrowser();
const lanes = Math.max(1, Number(process.env.E2E_LANES ?? 2) || 1);
let passed = 0;
let failed = 0;
/** Failures again at the end: a CI log is often read from its tail, far below the failure. */
const failures = [];
const flaky = [];

// Each test's console output goes to its own buffer (tests log measurements as they go).
const output = new AsyncLocalStorage();
const print = console.log.bind(console);
console.log = (...args) => {
  const buffer = output.getStore();
  if (buffer) buffer.push(format(...args));
  else print(...args);
};

const queue = [];
for (const file of files) {
  const mod = await import(pathToFileURL(join(here, file)).href);
  const tests = typeof mod.default === 'function' ? { [file]: mod.default } : mod.default;
  for (const [name, fn] of Object.entries(tests)) queue.push({ file, name, fn });
}

try {
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let t = queue.shift(); t !== undefined; t = queue.shift()) await runWithRetry(t);
    }),
  );
} finally {
  await browser.close();
  server.stop();
}

if (flaky.length > 0) console.log(`\nflaky (failed once, then passed):\n${flaky.map((f) => `  ↻ ${f}`).join('\n')}`);
if (failures.length > 0) console.log(`\nfailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
console.log(`\ne2e: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;

/**
 * One retry: a test that fails twice fails CI; one that passes on its second try is named as
 * flaky at the end, so the timing it depends on gets fixed rather than hidden.
 */
async function runWithRetry({ file, name, fn }) {
  const lines = [];
  const first = await output.run(lines, () => runOnce(file, name, fn));
  if (first !== null) {
    lines.push(`  ↻ ${file} › ${name}: failed once, trying again\n    ${first.split('\n').join('\n    ')}`);
    const second = await output.run(lines, () => runOnce(file, name, fn));
    if (second === null) flaky.push(`${file} › ${name}: ${first.split('\n').slice(0, 6).join('\n      ')}`);
    else {
      failures.push(`${file} › ${name}: ${second.split('\n').slice(0, 6).join('\n      ')}`);
      lines.push(`  ✗ ${file} › ${name}\n    ${second.split('\n').join('\n    ')}`);
    }
    if (second === null) passed++;
    else failed++;
  } else passed++;
  print(lines.join('\n'));
}

/** Runs one test in fresh contexts; returns null when it passes, or the failure's stack. */
async function runOnce(file, name, fn) {
  const started = Date.now();
  const contexts = [];
  const problems = [];
  const ctx = {
    baseUrl: server.baseUrl,
    server,
    browser,
    assert,
    artifacts,
    axe,
    describeViolations,
    /** A fresh browser context (own storage and service worker) and a watched page in it. */
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      watch(page, server.baseUrl, problems);
      context.on('page', (p) => watch(p, server.baseUrl, problems));
      return { context, page };
    },
    /** A page in a persistent (installable, non-incognito) profile of its own. */
    async newPersistentPage() {
      const { context, cleanup } = await launchPersistent();
      contexts.push({ close: async () => { await context.close(); cleanup(); } });
      const page = context.pages()[0] ?? (await context.newPage());
      watch(page, server.baseUrl, problems);
      return { context, page };
    },
    /** Fails the test now if any watched page has logged an error so far. */
    expectNoProblems() {
      assert.deepEqual(problems, [], `page problems:\n${problems.join('\n')}`);
    },
  };
  try {
    await fn(ctx);
    ctx.expectNoProblems();
    console.log(`  ✓ ${file} › ${name} (${Date.now() - started} ms)`);
    return null;
  } catch (err) {
    return String(err?.stack ?? err);
  } finally {
    for (const c of contexts) await c.close().catch(() => {});
  }
}

function watch(page, baseUrl, problems) {
  const origin = new URL(baseUrl).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught on ${page.url()}: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.push(`request to another host: ${url}`);
  });
}
