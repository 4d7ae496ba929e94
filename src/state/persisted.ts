/**
 * Versioned, validated persistence for small zustand stores in localStorage.
 *
 * Why not zustand's `persist` middleware: it drops a value it cannot parse and has no notion of a
 * value from a *newer* app version. Here nothing is silently lost: anything that cannot be read is
 * moved aside under a quarantine key, the user is told, and can download it.
 */
import * as v from 'valibot';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { pushNotice } from './notices.ts';

/** One step of migration: takes the value stored at version `from` and returns version `from + 1`. */
export type Migration = (old: unknown) => unknown;

export interface PersistedOptions<S> {
  /** localStorage key, e.g. `serving-lab:progress`. */
  readonly key: string;
  /** Current schema version. Stored values carry the version they were written at. */
  readonly version: number;
  /** `migrations[n]` upgrades a value from version n to n + 1. */
  readonly migrations: Readonly<Record<number, Migration>>;
  /**
   * `formats[n]` describes what version n stored, for every n below `version`. A value is checked
   * against its own format before it is migrated, so a malformed old save is set aside like any
   * other unreadable one instead of being migrated to empty and overwritten.
   */
  readonly formats: Readonly<Record<number, v.GenericSchema>>;
  readonly schema: v.GenericSchema<unknown, S>;
  readonly initial: () => S;
  /** What the user calls this data in notices ("course progress"). */
  readonly label: string;
}

/** What localStorage holds: the state and the version it was written at. */
interface Envelope {
  version: number;
  state: unknown;
}

export type LoadResult<S> =
  | { readonly ok: true; readonly state: S; readonly migratedFrom?: number }
  | { readonly ok: false; readonly state: S; readonly reason: string };

/**
 * Parses, migrates and validates a stored string. Pure: no storage access.
 * @returns the state to use, and whether the stored value was usable.
 */
export function decodePersisted<S>(raw: string | null, opts: PersistedOptions<S>): LoadResult<S> {
  if (raw === null) return { ok: true, state: opts.initial() };
  let env: Envelope;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isEnvelope(parsed)) return fail(opts, 'it is not in the expected {version, state} form');
    env = parsed;
  } catch {
    return fail(opts, 'it is not valid JSON');
  }
  if (env.version > opts.version) {
    return fail(opts, `it was saved by a newer version of Serving Lab (format ${env.version}, this one reads up to ${opts.version})`);
  }
  if (env.version < opts.version) {
    const format = opts.formats[env.version];
    if (!format) return fail(opts, `format ${env.version} is not one this version of Serving Lab knows`);
    const old = v.safeParse(format, env.state);
    if (!old.success) return fail(opts, `it is in format ${env.version} but ${invalidField(old.issues)}`);
  }
  let state = env.state;
  for (let from = env.version; from < opts.version; from++) {
    const step = opts.migrations[from];
    if (!step) return fail(opts, `no migration from format ${from}`);
    try {
      state = step(state);
    } catch (err) {
      return fail(opts, `migrating from format ${from} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const checked = v.safeParse(opts.schema, state);
  if (!checked.success) return fail(opts, invalidField(checked.issues));
  return env.version < opts.version
    ? { ok: true, state: checked.output, migratedFrom: env.version }
    : { ok: true, state: checked.output };
}

/** Serialises a state with its version. */
export function encodePersisted<S>(state: S, version: number): string {
  return JSON.stringify({ version, state } satisfies Envelope);
}

/** The key under which an unreadable value is kept. */
export function quarantineKey(key: string, at: number): string {
  return `${key}:unreadable:${at}`;
}

/**
 * Creates a vanilla zustand store loaded from (and saved to) localStorage.
 * An unreadable stored value is moved to a quarantine key and reported with a download link.
 */
export function createPersistedStore<S extends object>(opts: PersistedOptions<S>, storage: Storage | undefined = safeStorage()): StoreApi<S> {
  const raw = readRaw(storage, opts.key);
  const loaded = decodePersisted(raw, opts);
  // Until the unreadable value is safely set aside, nothing may be written over it.
  let canSave = true;
  if (!loaded.ok && raw !== null && storage) {
    const qKey = quarantineKey(opts.key, Date.now());
    let kept = `It was set aside under "${qKey}", not deleted`;
    try {
      storage.setItem(qKey, raw);
      storage.removeItem(opts.key);
    } catch {
      // Storage full or blocked: keep the original where it is rather than lose it.
      canSave = false;
      kept = 'It was left where it is and will not be overwritten this session';
    }
    pushNotice({
      id: `unreadable:${opts.key}`,
      tone: 'warn',
      message: `Your saved ${opts.label} could not be read (${loaded.reason}). ${kept}; Serving Lab started fresh. You can download it below.`,
      download: { filename: `${opts.key.replace(/[^a-z0-9-]+/gi, '-')}-unreadable.json`, content: raw },
    });
  }
  const store = createStore<S>()(() => loaded.state);
  if (storage && canSave) {
    store.subscribe((state) => {
      try {
        storage.setItem(opts.key, encodePersisted(state, opts.version));
      } catch {
        pushNotice({ id: `save-failed:${opts.key}`, tone: 'warn', message: `Your ${opts.label} could not be saved: browser storage is full or blocked.` });
      }
    });
  }
  return store;
}

function readRaw(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && typeof (x as Envelope).version === 'number' && Number.isInteger((x as Envelope).version) && 'state' in x;
}

/**
 * The first problem in words a learner can act on: which field, and what it held. Valibot's own
 * message ("Expected /^\\d{4}…/") is for developers, so it is left out.
 */
function invalidField(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  const received = issue?.received && issue.received !== 'undefined' ? `it holds ${issue.received.length > 40 ? `${issue.received.slice(0, 40)}…` : issue.received}` : 'it is missing';
  return `field ${path ?? '(root)'} is invalid (${received}, which this version of Serving Lab cannot use)`;
}

function fail<S>(opts: PersistedOptions<S>, reason: string): LoadResult<S> {
  return { ok: false, state: opts.initial(), reason };
}
