/**
 * The Ajv set-up the validators are generated with. Ajv normally compiles schemas with
 * `new Function`, which the app's Content-Security-Policy (script-src 'self') forbids, so the
 * validators are generated ahead of time as plain modules (tools/kserve-schemas) from this set-up.
 */
import Ajv, { _ } from 'ajv';
import type { KeywordCxt } from 'ajv';

/** A fresh Ajv with the options and the one custom keyword the converted CRD schemas need. */
export function createAjv(extra: { readonly standalone?: boolean } = {}): Ajv {
  // strict off: converted OpenAPI uses type lists and the marker below; inlineRefs off so each
  // shared $def (the pod spec is shared ~30 times) becomes one function; defaults are filled as
  // the API server fills them before the webhook runs.
  const ajv = new Ajv({ allErrors: true, strict: false, inlineRefs: false, useDefaults: true, ...(extra.standalone ? { code: { source: true, esm: true } } : {}) });
  ajv.addKeyword({
    keyword: 'listMapKeys',
    type: 'array',
    schemaType: 'array',
    error: { message: 'has two entries with the same key' },
    // Generated inline (no helper function) so the standalone module needs no runtime import.
    code(cxt: KeywordCxt) {
      const keys = JSON.stringify(cxt.schema);
      cxt.fail(_`((list) => { const seen = new Set(); for (const item of list) { if (item === null || typeof item !== "object") continue; const key = JSON.stringify(JSON.parse(${keys}).map((k) => item[k] ?? null)); if (seen.has(key)) return true; seen.add(key); } return false; })(${cxt.data})`);
    },
  });
  return ajv;
}
