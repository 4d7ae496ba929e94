#!/usr/bin/env node
/**
 * Frame-rate check in the built app: `npm run --silent perf -- kv-grid`.
 * Lighthouse budgets: `npm run perf -- lighthouse` (see perf/lighthouse.mjs).
 * Serves dist/ with `vite preview` on a free port, opens the lab with the KV paging widget at
 * 4,096 blocks, plays it for 5 s in headless Chromium and counts requestAnimationFrame
 * callbacks in the page. The last line printed is `kv-grid-4096-fps <n>`.
 * Builds dist/ first if it is missing. PERF_DIST=<dir> serves another build output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCENARIOS = {
  // The stress preset's settings, spelled out, at speed 16 (128 steps/s: every frame redraws).
  'kv-grid': { path: '/lab?kv=nb.4096_mml.2048_rq.none_gen.300_rate.40_sp.16', label: 'kv-grid-4096-fps', seconds: 5 },
};

const name = process.argv[2] ?? 'kv-grid';
if (name === 'lighthouse') {
  const { runLighthouse } = await import('./perf/lighthouse.mjs');
  if (!existsSync(join(root, 'dist/index.html'))) {
    console.error('No build in dist/; run `npm run build` first.');
    process.exit(2);
  }
  process.chdir(root);
  process.exit(await runLighthouse(process.argv.slice(3), root));
}
const scenario = SCENARIOS[name];
if (!scenario) {
  console.error(`Unknown perf scenario "${name}". Known: ${Object.keys(SCENARIOS).join(', ')}, lighthouse`);
  process.exit(2);
}

const dist = resolve(root, process.env.PERF_DIST ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}; running vite build…`);
  // Build output goes to stderr: stdout stays the report, with the figure on its last line.
  const b = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', dist], { cwd: root, stdio: ['ignore', 2, 2] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// Detached: its own process group, so the whole tree can be stopped at the end.
const server = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist], {
  cwd: root,
  detached: true,
  stdio: ['ignore', 'ignore', 'pipe'],
});
let serverErr = '';
server.stderr.on('data', (d) => (serverErr += d));
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);
process.on('SIGINT', () => process.exit(130));

async function waitForServer(ms = 20_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${base}: ${serverErr.trim()}`);
}

let browser;
try {
  await waitForServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(base + scenario.path, { waitUntil: 'networkidle' });
  // First visit: let the service worker finish precaching the app, a one-off background job.
  await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((r) => setTimeout(r, 30_000))]));
  // The engine sandboxes sit below the Lab bench and mount when scrolled near: reveal the slot first.
  const slot = page.locator('section[data-slot="kv-paging"][data-ns="kv"]');
  await slot.scrollIntoViewIfNeeded();
  const widget = slot.locator('[data-widget="kv-paging"]');
  await widget.locator('[data-computing="false"]').waitFor({ timeout: 60_000 });
  const blocks = await widget.locator('.kv-badge').textContent();
  await widget.locator('canvas.kv-grid').scrollIntoViewIfNeeded();
  const slider = widget.getByRole('slider', { name: 'Timeline position' });
  const before = Number(await slider.inputValue());
  await widget.getByRole('button', { name: 'Play' }).click();
  const fps = await page.evaluate(
    (seconds) =>
      new Promise((done) => {
        let frames = 0;
        const t0 = performance.now();
        const tick = (t) => {
          frames++;
          if (t - t0 < seconds * 1000) requestAnimationFrame(tick);
          else done(frames / ((t - t0) / 1000));
        };
        requestAnimationFrame(tick);
      }),
    scenario.seconds,
  );
  const after = Number(await slider.inputValue());
  const playing = (await widget.getByRole('button', { name: 'Pause' }).count()) > 0;
  console.log(`grid: ${blocks?.trim()}; timeline advanced ${after - before} steps in ${scenario.seconds} s; still playing: ${playing}`);
  if (after - before < 10) throw new Error('the widget did not play');
  console.log(`${scenario.label} ${fps.toFixed(1)}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await browser?.close();
  stopServer();
}
