/**
 * A compact, validated URL encoding for a widget's state, under one search param per widget
 * instance: `?kv=bs.16_nb.4096_pc.0`. Only fields that differ from the widget's defaults are
 * written, so a fresh widget adds nothing to the URL. Every field is checked with valibot on the
 * way in; an impossible value falls back to its default and is reported, never thrown.
 * Only `. _ -` and alphanumerics are used: URLSearchParams leaves exactly those unescaped.
 */
import * as v from 'valibot';

/** One field: how it looks in the URL and how it is checked on the way back. */
export interface UrlField<T> {
  /** Parses and validates the URL text. */
  readonly schema: v.GenericSchema<string, T>;
  /** URL text for a value: letters, digits, `.` and `-` only (`_` separates fields). */
  readonly format: (value: T) => string;
  /** Equality for "is this the default?" (defaults to `===`). */
  readonly equals?: (a: T, b: T) => boolean;
}

/** Fields keyed by the property of the state they encode; the URL key is the property name. */
export type UrlFields<T> = { readonly [K in keyof T]: UrlField<T[K]> };

/** A parse result: the state to use, and a description of every field that was rejected. */
export interface Decoded<T> {
  readonly value: T;
  readonly rejected: readonly string[];
}

const PAIR = '_';
const KV = '.';

/**
 * Encodes the fields of `value` that differ from `defaults`.
 * @returns the param text, or `undefined` when everything is default (drop the param)
 */
export function encodeUrlState<T>(fields: UrlFields<T>, value: T, defaults: T): string | undefined {
  const parts: string[] = [];
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    const f = fields[key];
    const eq = f.equals ?? Object.is;
    if (eq(value[key], defaults[key])) continue;
    parts.push(`${key}${KV}${f.format(value[key])}`);
  }
  return parts.length > 0 ? parts.join(PAIR) : undefined;
}

/**
 * Decodes a param (whatever the router handed over: string, number, undefined, garbage).
 * Unknown keys are ignored, so links from a newer version still open.
 */
export function decodeUrlState<T>(fields: UrlFields<T>, raw: unknown, defaults: T): Decoded<T> {
  if (raw === undefined || raw === null || raw === '') return { value: defaults, rejected: [] };
  if (typeof raw !== 'string' && typeof raw !== 'number') return { value: defaults, rejected: ['the whole setting (not text)'] };
  const out = { ...defaults };
  const rejected: string[] = [];
  for (const pair of String(raw).split(PAIR)) {
    const at = pair.indexOf(KV);
    const key = at < 0 ? pair : pair.slice(0, at);
    const text = at < 0 ? '' : pair.slice(at + 1);
    if (!Object.hasOwn(fields, key)) continue;
    const f = fields[key as keyof T];
    const r = v.safeParse(f.schema, text);
    if (r.success) out[key as keyof T] = r.output;
    else rejected.push(`${key}=${text.slice(0, 24) || '(empty)'}`);
  }
  return { value: out, rejected };
}

/** Whole numbers in [min, max]. */
export function intField(min: number, max: number): UrlField<number> {
  return {
    schema: v.pipe(v.string(), v.regex(/^-?\d{1,9}$/), v.transform(Number), v.integer(), v.minValue(min), v.maxValue(max)),
    format: (n) => String(n),
  };
}

/** One of a fixed list of numbers (speeds, block sizes). */
export function numberChoiceField(choices: readonly number[]): UrlField<number> {
  return {
    schema: v.pipe(
      v.string(),
      v.transform(Number),
      v.check((n) => choices.includes(n), 'not one of the offered values'),
    ),
    format: (n) => String(n),
  };
}

/** `1` / `0`. */
export function boolField(): UrlField<boolean> {
  return { schema: v.pipe(v.string(), v.picklist(['0', '1']), v.transform((s) => s === '1')), format: (b) => (b ? '1' : '0') };
}

/** One of a fixed set of ids. */
export function enumField<const E extends string>(options: readonly E[]): UrlField<E> {
  return { schema: v.pipe(v.string(), v.picklist(options)) as v.GenericSchema<string, E>, format: (e) => e };
}

/**
 * Optional id-like text: lowercase letters, digits and `_` (written as `.` in the URL, since
 * `_` separates fields); `-` means "none".
 */
export function optionalIdField(maxLen = 24): UrlField<string | null> {
  return {
    schema: v.pipe(
      v.string(),
      v.regex(new RegExp(`^(-|[a-z0-9.]{1,${maxLen}})$`)),
      v.transform((s) => (s === '-' ? null : s.replace(/\./g, '_'))),
    ),
    format: (s) => (s === null ? '-' : s.replace(/_/g, '.')),
  };
}

/**
 * A list of tuples of whole numbers: `512x128x1-256x64x4` (`none` for an empty list). Each
 * tuple is checked against per-position [min, max] ranges; the list length is capped.
 */
export function intTupleListField<T extends readonly number[] = readonly number[]>(ranges: readonly (readonly [number, number])[], maxItems: number): UrlField<readonly T[]> {
  const item = new RegExp(`^\\d{1,9}(x\\d{1,9}){${ranges.length - 1}}$`);
  return {
    schema: v.pipe(
      v.string(),
      v.transform((s) => (s === 'none' ? [] : s.split('-'))),
      v.maxLength(maxItems),
      v.check((items) => items.every((t) => item.test(t)), 'malformed item'),
      v.transform((items) => items.map((t) => t.split('x').map(Number) as unknown as T)),
      v.check((items) => items.every((t) => t.every((n, i) => n >= (ranges[i]?.[0] ?? 0) && n <= (ranges[i]?.[1] ?? 0))), 'value out of range'),
    ),
    format: (list) => (list.length === 0 ? 'none' : list.map((t) => t.join('x')).join('-')),
    equals: (a, b) => a.length === b.length && a.every((t, i) => t.length === b[i]?.length && t.every((n, j) => n === b[i]?.[j])),
  };
}
