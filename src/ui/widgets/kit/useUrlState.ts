import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { pushNotice } from '../../../state/notices.ts';
import { type Decoded, decodeUrlState, encodeUrlState, type UrlSpec } from './urlCodec.ts';

/** Options of `useUrlState`. */
export interface UrlStateOptions<T> {
  /** The search param of this widget instance, e.g. "kv" or "kv2". */
  readonly ns: string;
  /** The widget's URL fields (bare, version 1) or its versioned schema. */
  readonly fields: UrlSpec<T>;
  /** The widget's starting state (a lesson preset); only differences go into the URL. */
  readonly defaults: T;
  /** What the reader calls this widget in a notice ("the KV paging widget"). */
  readonly label: string;
  /** Called when the URL changes under the widget (back/forward, a pasted link). */
  readonly onExternalChange?: (value: T) => void;
  /** Delay before writing, so a burst of changes becomes one history update. */
  readonly debounceMs?: number;
}

/**
 * Two-way binding between a widget's state and its own search param. Returns the state the
 * URL asks for (read once, at mount); call the returned `write` with every new state.
 * Writes use `replace`, so playing a timeline never floods the back button, and keep scroll.
 */
export function useUrlState<T>(opts: UrlStateOptions<T>): { readonly initial: T; readonly write: (value: T) => void } {
  const { ns, fields, defaults, label, debounceMs = 300 } = opts;
  const raw = useSearch({ strict: false, select: (s: Record<string, unknown>) => s[ns] } as never) as unknown;
  const navigate = useNavigate();
  const [decoded] = useState(() => decodeUrlState(fields, raw, defaults));
  const lastWritten = useRef<string | undefined>(typeof raw === 'string' ? raw : undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const external = useRef(opts.onExternalChange);
  useEffect(() => {
    external.current = opts.onExternalChange;
  });

  useEffect(() => {
    const message = linkNotice(decoded, label);
    if (message) pushNotice({ id: `url:${ns}`, tone: 'info', message });
  }, [decoded, ns, label]);

  // A URL change we did not write ourselves: decode it and hand it to the widget.
  useEffect(() => {
    const text = raw === undefined ? undefined : String(raw);
    if (text === lastWritten.current) return;
    lastWritten.current = text;
    const next = decodeUrlState(fields, raw, defaults);
    external.current?.(next.value);
  }, [raw, fields, defaults]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const write = useCallback(
    (value: T) => {
      const text = encodeUrlState(fields, value, defaults);
      clearTimeout(timer.current);
      if (text === lastWritten.current) return;
      timer.current = setTimeout(() => {
        lastWritten.current = text;
        void navigate({
          to: '.',
          search: (prev: Record<string, unknown>) => ({ ...prev, [ns]: text }),
          replace: true,
          resetScroll: false,
          hashScrollIntoView: false,
        } as never);
      }, debounceMs);
    },
    [fields, defaults, ns, navigate, debounceMs],
  );

  return { initial: decoded.value, write };
}

/** What a reader is told about a link that could not be read exactly as written (or nothing). */
export function linkNotice(decoded: Decoded<unknown>, label: string): string | null {
  const parts: string[] = [];
  if (decoded.versionNote === 'older') parts.push(`This link was made for an older version of ${label}; its settings were read as they are now, so the view may differ from the one shared.`);
  if (decoded.versionNote === 'newer') parts.push(`This link was made by a newer version of ${label}; settings this version does not know were left out.`);
  if (decoded.rejected.length > 0) parts.push(`This link had settings ${label} cannot use (${decoded.rejected.join(', ')}); the defaults were used for those.`);
  return parts.length > 0 ? parts.join(' ') : null;
}
