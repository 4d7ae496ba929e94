#!/usr/bin/env node
/**
 * Draws every lesson diagram ahead of time: `npm run diagrams`.
 * Builds the app into a temporary folder, opens each lesson that has a <Mermaid> in headless
 * Chromium (Debian's, through playwright-core) in the light and the dark theme, lets mermaid draw
 * each diagram live with the Inter face loaded, and writes the SVG to
 * src/lessons/diagrams/<key>.<theme>.svg (key: diagramKey of the source). Files no diagram uses
 * any more are removed. The lesson-as-data test fails when a diagram has no drawing, so run this
 * after adding or editing a diagram, and commit the SVGs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lessonsDir = join(root, 'src/lessons');
const outDir = join(lessonsDir, 'diagrams');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Kept in step with src/ui/lesson/diagramKey.ts and predrawnDiagrams.ts.
const ID_TOKEN = '__DIAGRAM_ID__';
const LIVE_FLAG = 'serving-lab:live-diagrams';

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (bash scripts/ensure-chromium.sh) or set CHROMIUM_PATH.`);
  process.exit(2);
}

/** Lesson URLs whose MDX holds a diagram, from src/lessons/NN-module/NN-slug.mdx. */
const pages = [];
for (const dir of readdirSync(lessonsDir).filter((d) => /^\d\d-/.test(d)).sort()) {
  for (const file of readdirSync(join(lessonsDir, dir)).filter((f) => f.endsWith('.mdx')).sort()) {
    if (readFileSync(join(lessonsDir, dir, file), 'utf8').includes('<Mermaid')) pages.push(`/learn/${dir.slice(3)}/${file.slice(3, -4)}`);
  }
}

const dist = mkdtempSync(join(tmpdir(), 'serving-lab-diagrams-'));
console.error(`building the app into ${dist}…`);
const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 2, 2] });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = await new Promise((res, rej) => {
  const s = createServer();
  s.once('error', rej);
  s.listen(0, '127.0.0.1', () => {
    const { port: p } = s.address();
    s.close(() => res(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist], { cwd: root, detached: true, stdio: 'ignore' });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
  rmSync(dist, { recursive: true, force: true });
};

const drawn = new Map();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(base).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme, serviceWorkers: 'block' });
    await context.addInitScript((flag) => localStorage.setItem(flag, '1'), LIVE_FLAG);
    const page = await context.newPage();
    // Load the text face once, so every page after this one lays its diagrams out in Inter.
    await page.goto(base);
    await page.evaluate(() => document.fonts.load('16px "Inter Variable"'));
    for (const path of pages) {
      await page.goto(base + path);
      await page.locator('h1').first().waitFor();
      const figures = page.locator('.mermaid-figure');
      // The body mounts part by part: wait for its first diagram, then for the last part.
      await figures.first().waitFor({ state: 'attached', timeout: 30_000 });
      await page.waitForFunction(() => !document.querySelector('.lesson-pending'), null, { timeout: 30_000 });
      const n = await figures.count();
      for (let i = 0; i < n; i++) {
        const fig = figures.nth(i);
        await fig.scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => el.dataset.state !== 'loading', await fig.elementHandle(), { timeout: 30_000 });
        const got = await fig.evaluate((el) => {
          const svg = el.querySelector('.mermaid-svg svg');
          const inter = document.fonts.check('16px "Inter Variable"');
          if (!svg) return { state: el.dataset.state, error: el.textContent };
          const copy = svg.cloneNode(true);
          copy.removeAttribute('role');
          copy.removeAttribute('aria-label');
          return { state: el.dataset.state, key: el.dataset.diagram, id: svg.id, svg: copy.outerHTML, inter };
        });
        if (got.state !== 'ready' || !got.svg) throw new Error(`${path} diagram ${i + 1} (${theme}) was not drawn: ${got.error}`);
        if (!got.inter) throw new Error(`${path}: the Inter face was not loaded, so the layout would not match the page`);
        if (!got.id || !got.svg.includes(got.id)) throw new Error(`${path} diagram ${i + 1}: the SVG has no id to stand in for`);
        drawn.set(`${got.key}.${theme}.svg`, got.svg.replaceAll(got.id, ID_TOKEN));
      }
      console.error(`${theme} ${path}: ${n} diagram(s)`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}

mkdirSync(outDir, { recursive: true });
let removed = 0;
for (const f of readdirSync(outDir).filter((f) => f.endsWith('.svg'))) {
  if (!drawn.has(f)) {
    rmSync(join(outDir, f));
    removed++;
  }
}
let written = 0;
for (const [f, svg] of drawn) {
  const path = join(outDir, f);
  if (existsSync(path) && readFileSync(path, 'utf8') === `${svg}\n`) continue;
  writeFileSync(path, `${svg}\n`);
  written++;
}
console.log(`diagrams: ${drawn.size / 2} drawn in two themes, ${written} file(s) written, ${removed} removed`);
