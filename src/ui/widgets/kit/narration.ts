/** One line of a widget's "what just happened" narration. */
export interface NarrationEntry {
  /** Stable key (e.g. "step-12-3"). */
  readonly key: string;
  /** Plain-words sentence: what happened. */
  readonly text: string;
  /** Optional longer answer to "why did that happen?", shown on request. */
  readonly why?: string;
  /** Spelled out in text too; the tone only adds a marker. */
  readonly tone?: 'info' | 'ok' | 'warn' | 'danger';
}
