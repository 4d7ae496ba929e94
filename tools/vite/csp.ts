/**
 * The app's Content-Security-Policy, one definition for the meta tag the production build carries
 * and for `public/_headers` (static hosts such as Netlify and Cloudflare Pages); a unit test keeps
 * the two equal. Every source outside 'self' is listed with the reason it is needed.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // No inline script and no eval: the theme bootstrap is public/theme-init.js.
  'script-src': ["'self'"],
  // Mermaid writes a <style> element into every diagram and sets style attributes through d3's
  // setAttribute('style'); both count as inline style (without this, every lesson with a diagram
  // logs hundreds of style-src-elem/-attr violations from mermaid.core and d3-selection). The
  // styles differ per diagram, so hashes cannot cover them. framer-motion and React set styles
  // through the CSSOM, which CSP allows. Scripts stay strict, which is where injection does harm.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for the small SVG images that the bundled CSS inlines.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // The search index and lesson chunks; the service worker fetches the precache itself.
  'connect-src': ["'self'"],
  // Simulation workers and the service worker are files on this origin.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives a browser honours only in a response header; a meta tag carrying them logs an error. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

export function cspPolicy(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as `public/_headers` states it (meta policy plus the header-only directives). */
export function headerPolicy(): string {
  return cspPolicy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
}

/** Puts the meta tag right after `<meta charset>`, before any script the policy must govern. */
export function injectCspMeta(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${cspPolicy()}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP meta tag to follow');
  return html.replace(charset, (m) => `${m}\n    ${tag}`);
}

/**
 * Adds the policy as a meta tag to the built index.html only: Vite's dev server injects inline
 * scripts (React refresh) that a strict policy would block.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'serving-lab:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => injectCspMeta(html),
    },
  };
}
