import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { mdxOptions } from './mdx.config.ts';
import { cspPlugin } from './tools/vite/csp.ts';
import { lessonIndexPlugin } from './tools/vite/lessonIndex.ts';
import { searchIndexPlugin } from './tools/vite/searchIndex.ts';

const lessonsDir = fileURLToPath(new URL('./src/lessons', import.meta.url));

export default defineConfig({
  plugins: [
    // Order matters: the router plugin must run before React's, MDX before React compiles JSX.
    tanstackRouter({ target: 'react', autoCodeSplitting: true, routesDirectory: 'src/routes', generatedRouteTree: 'src/routeTree.gen.ts' }),
    { enforce: 'pre', ...mdx(mdxOptions) },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
    lessonIndexPlugin(lessonsDir),
    cspPlugin(),
    searchIndexPlugin(lessonsDir),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'icons/*.png'],
      manifest: {
        name: 'Serving Lab — how LLMs are served in production',
        short_name: 'Serving Lab',
        description: 'An offline course on vLLM, llm-d and KServe with live, animated models of the serving stack.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#0f1419',
        theme_color: '#0f1419',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache every chunk (route chunks, lessons, mermaid's diagram chunks) and the fonts,
        // so any lesson opens offline on the first visit after install.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        // Take control on the very first visit so the course works offline without a reload.
        // No skipWaiting: an update waits for the reader to accept the "reload to update" prompt.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The simulation worker imports the models (and comlink): it is a module worker with chunks.
  worker: { format: 'es' },
  build: {
    manifest: true,
    // Mermaid's lazy diagram chunks are large; they never load on the home page.
    chunkSizeWarningLimit: 1600,
  },
  server: { port: 5173 },
});
