import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspPlugin, cspPolicy, headerPolicy, injectCspMeta } from '../../../tools/vite/csp.ts';

describe('Content-Security-Policy', () => {
  it('public/_headers ships the same policy as the meta tag, plus frame-ancestors', () => {
    const line = readFileSync('public/_headers', 'utf8')
      .split('\n')
      .find((l) => l.trim().startsWith('Content-Security-Policy:'));
    expect(line?.trim()).toBe(`Content-Security-Policy: ${headerPolicy()}`);
    expect(headerPolicy()).toBe(`${cspPolicy()}; frame-ancestors 'none'`);
  });

  it('allows no inline or evaluated script and nothing from another origin', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    const sources = Object.values(CSP_DIRECTIVES).flat();
    expect(sources.filter((s) => /^https?:|\*|unsafe-eval|blob:/.test(s))).toEqual([]);
    expect(cspPolicy()).not.toMatch(/frame-ancestors/);
  });

  it('index.html has no inline script left to block', () => {
    const html = readFileSync('index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html.indexOf('/theme-init.js')).toBeLessThan(html.indexOf('/src/main.tsx'));
  });

  it('the meta tag goes into the production build only, right after the charset and before any script', () => {
    const plugin = cspPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
    const out = hook.handler(readFileSync('index.html', 'utf8'));
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="${cspPolicy()}"`);
    expect(() => injectCspMeta('<html><head></head></html>')).toThrow(/meta charset/);
  });
});
