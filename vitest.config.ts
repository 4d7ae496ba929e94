import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { mdxOptions } from './mdx.config.ts';
import { lessonIndexPlugin } from './tools/vite/lessonIndex.ts';
import { searchIndexPlugin } from './tools/vite/searchIndex.ts';

// Tests get MDX and React but not the router or PWA plugins: they render components, not the app.
export default defineConfig({
  plugins: [{ enforce: 'pre', ...mdx(mdxOptions) }, react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }), lessonIndexPlugin(fileURLToPath(new URL('./src/lessons', import.meta.url))), searchIndexPlugin(fileURLToPath(new URL('./src/lessons', import.meta.url)))],
  test: {
    // CI and developer machines have 2 cores shared by three workers; whole-model tests
    // (determinism, full-course search index) and whole lessons take seconds there, so the limits
    // (this one, and the 25 s waits for a lesson's widgets to compute) are generous, not flaky.
    testTimeout: 60_000,
    // Workers spend much of their time waiting for the main process to transform modules (MDX
    // lessons above all): one worker more than cores keeps both cores busy (340 s → 240 s on 2).
    maxWorkers: availableParallelism() + 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'sim',
          environment: 'node',
          include: ['tests/unit/sim/**/*.test.ts', 'tests/unit/metrics/**/*.test.ts', 'tests/unit/manifests/**/*.test.ts', 'tests/unit/content/**/*.test.ts', 'tests/unit/tools/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/unit/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
