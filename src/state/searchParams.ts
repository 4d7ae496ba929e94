/**
 * Typed, forgiving URL search params. A link someone shared may carry a typo or a value from an
 * older version: each bad field falls back to its default and the user is told, never a crash.
 */
import type { SearchSchemaInput } from '@tanstack/react-router';
import * as v from 'valibot';
import { pushNotice } from './notices.ts';

/** Field-by-field schema: each entry validates one search param and has its own default. */
export type SearchFields = Record<string, { schema: v.GenericSchema; fallback: unknown }>;

export type SearchOf<F extends SearchFields> = {
  [K in keyof F]: F[K]['schema'] extends v.GenericSchema<unknown, infer O> ? O : never;
};

/**
 * Builds a TanStack Router `validateSearch` function from per-field schemas.
 * @param where what the user calls this page in the notice ("the glossary").
 */
export function forgivingSearch<F extends SearchFields>(fields: F, where: string) {
  // The parameter type tells the router every param is optional when linking to the page.
  return (input: Partial<SearchOf<F>> & SearchSchemaInput): SearchOf<F> => {
    const raw = input as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const bad: string[] = [];
    for (const [name, { schema, fallback }] of Object.entries(fields)) {
      if (raw[name] === undefined) {
        out[name] = fallback;
        continue;
      }
      const r = v.safeParse(schema, raw[name]);
      if (r.success) out[name] = r.output;
      else {
        out[name] = fallback;
        bad.push(`${name}=${JSON.stringify(raw[name])}`);
      }
    }
    if (bad.length > 0) {
      pushNotice({
        id: `search:${where}`,
        tone: 'info',
        message: `This link had settings ${where} does not understand (${bad.join(', ')}); defaults were used instead.`,
      });
    }
    return out as SearchOf<F>;
  };
}
