import { useEffect, useRef, useState } from 'react';

type Copied = 'idle' | 'copied' | 'failed';

/**
 * Copies `text` (or what `getText` returns at click time) to the clipboard and says so in a
 * polite status; where the clipboard is blocked it asks the reader to select and copy instead.
 */
export function CopyButton({ text, getText, label = 'Copy' }: { readonly text?: string; readonly getText?: () => string; readonly label?: string }) {
  const [state, setState] = useState<Copied>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(getText ? getText() : (text ?? ''));
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), 4000);
  }
  return (
    <span className="copy-button">
      <button type="button" className="btn btn-small" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'Copy blocked: select the text and copy it.' : ''}
      </span>
    </span>
  );
}
