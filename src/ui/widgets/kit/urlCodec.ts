/**
 * A compact, validated URL encoding for a widget's state, under one search param per widget
 * instance: `?kv=v.1_bs.16_nb.4096_pc.0`. Code uses readable property names (`blockSize`); each
 * field may name a short URL key (`bs`). Only fields that differ from the widget's defaults are
 * written, so a fresh widget adds nothing to the URL. The text starts with the widget's URL
 * version, so a link shared before a field changed meaning is upgraded or reported, never
 * silently misread (a link without a version is version 1). Every field is checked with valibot
 * on the way in; an impossible value falls back to its default and is reported, never thrown.
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
  /** The short key written in the URL; the property name when absent. */
  readonly key?: string;
}

/** Fields keyed by the (readable) property of the state they encode. */
export type UrlFields<T> = { readonly [K in keyof T]: UrlField<T[K]> };

/**
 * Rewrites the URL pairs (short key → text) of a link made at version `from` into those of
 * version `from + 1`, so the link keeps its meaning.
 */
export type UrlUpgrade = (pairs: ReadonlyMap<string, string>) => Map<string, string>;

/** A widget's URL format: its fields, its version, and how older links are brought forward. */
export interface UrlSchema<T> {
  readonly fields: UrlFields<T>;
  /** Bump when a field changes meaning or is removed; add the upgrade from the previous version. */
  readonly version: number;
  /** `upgrades[n]` turns a version-n link into version n + 1. */
  readonly upgrades?: Readonly<Record<number, UrlUpgrade>>;
}

/** Either a full schema or bare fields (version 1, nothing to upgrade). */
export type UrlSpec<T> = UrlSchema<T> | UrlFields<T>;

/** A parse result: the state to use, every field that was rejected, and how the link's version compares. */
export interface Decoded<T> {
  readonly value: T;
  readonly rejected: readonly string[];
  /** Set when the link's version differs from the widget's and could not be brought forward exactly. */
  readonly versionNote?: 'older' | 'newer';
}

const PAIR = '_';
const KV = '.';
/** The reserved key carrying the URL version. */
const VERSION_KEY = 'v';

/** Gives a field its short URL key: `blockSize: keyed('bs', intField(1, 64))`. */
export function keyed<T>(key: string, field: UrlField<T>): UrlField<T> {
  return { ...field, key };
}

/** The schema behind a spec (bare fields are version 1). */
export function schemaOf<T>(spec: UrlSpec<T>): UrlSchema<T> {
  const maybe = spec as Partial<UrlSchema<T>>;
  return typeof maybe.version === 'number' && typeof maybe.fields === 'object' ? (spec as UrlSchema<T>) : { fields: spec as UrlFields<T>, version: 1 };
}

/** Property name → URL key, checked once: keys must be unique and may not use the reserved `v`. */
function urlKeys<T>(fields: UrlFields<T>): ReadonlyMap<keyof T & string, string> {
  const out = new Map<keyof T & string, string>();
  const seen = new Set<string>();
  for (const prop of Object.keys(fields) as (keyof T & string)[]) {
    const key = fields[prop].key ?? prop;
    if (key === VERSION_KEY || seen.has(key) || !/^[A-Za-z0-9]+$/.test(key)) throw new Error(`URL key "${key}" of "${prop}" is reserved, repeated or not alphanumeric`);
    seen.add(key);
    out.set(prop, key);
  }
  return out;
}

/**
 * Encodes the fields of `value` that differ from `defaults`, after the version pair.
 * @returns the param text, or `undefined` when everything is default (drop the param)
 */
export function encodeUrlState<T>(spec: UrlSpec<T>, value: T, defaults: T): string | undefined {
  const { fields, version } = schemaOf(spec);
  const parts: string[] = [];
  for (const [prop, key] of urlKeys(fields)) {
    const f = fields[prop];
    const eq = f.equals ?? Object.is;
    if (eq(value[prop], defaults[prop])) continue;
    parts.push(`${key}${KV}${f.format(value[prop])}`);
  }
  return parts.length > 0 ? [`${VERSION_KEY}${KV}${version}`, ...parts].join(PAIR) : undefined;
}

/** Splits the param text into URL key → text (a later repeat wins) and reads its version. */
function splitPairs(text: string): { pairs: Map<string, string>; version: number | null } {
  const pairs = new Map<string, string>();
  for (const pair of text.split(PAIR)) {
    if (pair === '') continue;
    const at = pair.indexOf(KV);
    pairs.set(at < 0 ? pair : pair.slice(0, at), at < 0 ? '' : pair.slice(at + 1));
  }
  const raw = pairs.get(VERSION_KEY);
  pairs.delete(VERSION_KEY);
  if (raw === undefined) return { pairs, version: 1 };
  return { pairs, version: /^\d{1,4}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null };
}

/**
 * Decodes a param (whatever the router handed over: string, number, undefined, garbage).
 * Unknown keys are ignored. An older link is upgraded step by step; where a step is missing, or
 * the link is newer than this build, the fields are read as they are and `versionNote` says so.
 */
export function decodeUrlState<T>(spec: UrlSpec<T>, raw: unknown, defaults: T): Decoded<T> {
  if (raw === undefined || raw === null || raw === '') return { value: defaults, rejected: [] };
  if (typeof raw !== 'string' && typeof raw !== 'number') return { value: defaults, rejected: ['the whole setting (not text)'] };
  const { fields, version, upgrades = {} } = schemaOf(spec);
  const split = splitPairs(String(raw));
  let pairs = split.pairs;
  let versionNote: Decoded<T>['versionNote'];
  const rejected: string[] = [];
  if (split.version === null) rejected.push('the version');
  else if (split.version > version) versionNote = 'newer';
  else {
    for (let from = split.version; from < version; from += 1) {
      const up = upgrades[from];
      if (!up) {
        versionNote = 'older';
        break;
      }
      pairs = up(pairs);
    }
  }
  const out = { ...defaults };
  for (const [prop, key] of urlKeys(fields)) {
    const text = pairs.get(key);
    if (text === undefined) continue;
    const r = v.safeParse(fields[prop].schema, text);
    if (r.success) out[prop] = r.output;
    else rejected.push(`${prop}=${text.slice(0, 24) || '(empty)'}`);
  }
  return versionNote ? { value: out, rejected, versionNote } : { value: out, rejected };
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

/** An upgrade that only renames URL keys (`{ maxLoras: 'ml' }`): values keep their meaning. */
export function renameKeys(renames: Readonly<Record<string, string>>): UrlUpgrade {
  return (pairs) => new Map([...pairs].map(([k, text]) => [renames[k] ?? k, text] as const));
}
