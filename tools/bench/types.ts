/** One figure a benchmark reports under a stable key of `npm run bench -- --json`. */
export interface BenchResult {
  readonly key: string;
  readonly value: number;
  readonly unit?: string;
  /** Human-readable target, e.g. "< 1 s" — shown in the table, not enforced here. */
  readonly target?: string;
}

export interface BenchModule {
  run(): Promise<BenchResult[]>;
}
