import { useEffect, useRef, useState } from 'react';

/**
 * A visually hidden `aria-live` region. Screen readers hear the latest `text`, at most once per
 * `minIntervalMs`, so a playing timeline does not turn into a stream of interruptions.
 */
export function LiveRegion({ text, minIntervalMs = 1500 }: { readonly text: string; readonly minIntervalMs?: number }) {
  const [shown, setShown] = useState(text);
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const wait = last.current + minIntervalMs - Date.now();
    clearTimeout(pending.current);
    if (wait <= 0) {
      last.current = Date.now();
      setShown(text);
      return;
    }
    pending.current = setTimeout(() => {
      last.current = Date.now();
      setShown(text);
    }, wait);
    return () => clearTimeout(pending.current);
  }, [text, minIntervalMs]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {shown}
    </div>
  );
}
