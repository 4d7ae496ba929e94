/** Seeded pseudo-random numbers, so generated quizzes and shuffles are reproducible in tests and URLs. */

/** FNV-1a 32-bit hash of a string, used to derive per-item seeds. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for shuffling quiz options. Returns numbers in [0, 1). */
export function createRng(seed: number | string): () => number {
  let a = typeof seed === 'string' ? hashString(seed) : seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * A shuffle of 0..n-1 that is never the identity when n > 1 (so an ordering item never starts solved).
 */
export function derangedOrder(n: number, rng: () => number): number[] {
  const base = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return base;
  for (let attempt = 0; attempt < 8; attempt++) {
    const s = shuffle(base, rng);
    if (s.some((v, i) => v !== i)) return s;
  }
  return [...base.slice(1), 0];
}
