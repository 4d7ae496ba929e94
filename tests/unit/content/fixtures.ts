/** Shared test data for the quiz store and backup tests. */

/** A value as format 1 (Leitner boxes) stored it. */
export const V1_SAMPLE = {
  boxes: {
    ttft: { box: 3, next: '2026-11-05' },
    'kv-cache': { box: 1, next: '2026-11-02' },
  },
  history: { 'bank:vllm:block-size-default': { right: 2, wrong: 1 } },
  streak: { count: 3, last: '2026-11-01' },
};
