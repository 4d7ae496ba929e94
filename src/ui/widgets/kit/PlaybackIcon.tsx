/** Small inline icons for the timeline buttons (no icon font: glyphs like ⏮ are missing on many systems). */
const PATHS = {
  'seek-start': 'M4 3h2v10H4zM13 3v10L7 8z',
  'step-back': 'M12 3v10L5 8z',
  'step-forward': 'M4 3v10l7-5z',
  'seek-end': 'M10 3h2v10h-2zM3 3v10l6-5z',
  slower: 'M3 7h10v2H3z',
  faster: 'M7 3h2v4h4v2H9v4H7V9H3V7h4z',
} as const;

export type PlaybackIconKind = keyof typeof PATHS;

export function PlaybackIcon({ kind }: { readonly kind: PlaybackIconKind }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
      <path d={PATHS[kind]} fill="currentColor" />
    </svg>
  );
}
