import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { mdxOptions } from './mdx.config.ts';
import { cspPlugin } from './tools/vite/csp.ts';
import { lessonIndexPlugin } from './tools/vite/lessonIndex.ts';
import { searchIndexPlugin } from './tools/vite/searchIndex.ts';

const lessonsDir = fileURLToPath(new URL('./src/lessons', import.meta.url));

/**
 * Route hints: a small script (a file, for the CSP) that index.html loads async. It matches the
 * address against the routes and adds `<link rel=modulepreload>` for that route's code-split
 * chunk and its imports (and a preload for its CSS), so they download alongside the entry chunk
 * instead of after the entry has run and the router has asked for them. Without it a lesson's
 * first paint waited for entry → route chunk → render, one round trip after the other.
 */
function routeHintsPlugin(): Plugin {
  let hintsFile: string | undefined;
  return {
    name: 'serving-lab:route-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const staticGraph = (start: string, into = new Set<string>()) => {
        if (into.has(start)) return into;
        into.add(start);
        for (const dep of byName.get(start)?.imports ?? []) staticGraph(dep, into);
        return into;
      };
      const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
      const loadedByEntry = entry ? staticGraph(entry.fileName) : new Set<string>();
      const routes: [string, string[], string[]][] = [];
      for (const chunk of chunks) {
        const route = /\/src\/routes\/(.+)\.tsx\?tsr-split=component/.exec(chunk.facadeModuleId ?? '')?.[1];
        if (!route || !chunk.isDynamicEntry) continue;
        const segments = route.split('/').filter((seg) => seg !== 'index');
        const escaped = segments.map((seg) => (seg.startsWith('$') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        const pattern = segments.length === 0 ? '^/$' : `^/${escaped.join('/')}/?$`;
        const js = [...staticGraph(chunk.fileName)].filter((f) => !loadedByEntry.has(f));
        const css = js.flatMap((f) => [...(byName.get(f)?.viteMetadata?.importedCss ?? [])]);
        routes.push([pattern, js, css]);
      }
      const source = `// Route hints (vite.config.ts, routeHintsPlugin): preload the chunks this address needs.
(function () {
  var routes = ${JSON.stringify(routes)};
  var path = location.pathname;
  function add(rel, file, as) {
    var link = document.createElement('link');
    link.rel = rel;
    link.href = '/' + file;
    link.crossOrigin = '';
    if (as) link.as = as;
    document.head.appendChild(link);
  }
  for (var i = 0; i < routes.length; i++) {
    if (!new RegExp(routes[i][0]).test(path)) continue;
    routes[i][1].forEach(function (f) { add('modulepreload', f); });
    routes[i][2].forEach(function (f) { add('preload', f, 'style'); });
    return;
  }
})();
`;
      hintsFile = `assets/route-hints-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: hintsFile, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => (hintsFile ? [{ tag: 'script', attrs: { async: true, src: `/${hintsFile}` }, injectTo: 'head' as const }] : []),
    },
  };
}

export default defineConfig({
  plugins: [
    // Order matters: the router plugin must run before React's, MDX before React compiles JSX.
    tanstackRouter({ target: 'react', autoCodeSplitting: true, routesDirectory: 'src/routes', generatedRouteTree: 'src/routeTree.gen.ts' }),
    { enforce: 'pre', ...mdx(mdxOptions) },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
    lessonIndexPlugin(lessonsDir),
    cspPlugin(),
    searchIndexPlugin(lessonsDir),
    routeHintsPlugin(),
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
    // A lazy chunk's CSS still loads through Vite's preload helper, but its JS imports are not
    // preloaded as links: each appended <link rel=modulepreload> costs about a millisecond of
    // main thread (4 on a throttled phone), and a lesson's body has 30–45 of them, one long task
    // while the page starts. The browser fetches a module's imports itself as it parses it.
    modulePreload: { resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')) },
    // Mermaid's lazy diagram chunks are large; they never load on the home page.
    chunkSizeWarningLimit: 1600,
  },
  server: { port: 5173 },
});
