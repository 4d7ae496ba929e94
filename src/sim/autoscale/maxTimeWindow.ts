/**
 * The sliding-window maximum Knative uses for the scale-down delay
 * (knative.dev/serving `pkg/autoscaler/aggregation/max/window.go` and `timewindow.go`):
 * a circular buffer of descending maxima ("ascending minima" algorithm), indexed by
 * time buckets of `granularityS` seconds.
 */

interface Entry {
  value: number;
  index: number;
}

/** Maximum over the last `size` bucket indexes; indexes are expected to grow. */
export class MaxWindow {
  private readonly maxima: Entry[];
  private first = 0;
  private length = 0;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`MaxWindow: size must be an integer ≥ 1 (got ${size})`);
    this.maxima = Array.from({ length: size }, () => ({ value: 0, index: 0 }));
  }

  private at(i: number): Entry {
    return this.maxima[i % this.maxima.length] as Entry;
  }

  /** Records `value` at bucket `index` (same index twice keeps the larger value). */
  record(index: number, value: number): void {
    const size = this.maxima.length;
    // Smaller, older entries can never be the maximum again.
    for (; this.length > 0; this.length--) {
      if (value < this.at(this.first + this.length - 1).value) break;
    }
    // Drop entries that fell out of the window.
    while (this.length > 0 && index - this.at(this.first).index >= size) {
      this.length--;
      this.first = (this.first + 1) % size;
    }
    if (this.length > 0) {
      const last = this.at(this.first + this.length - 1);
      if (last.index === index) {
        if (last.value > value) value = last.value;
        this.length--;
      }
    }
    const slot = this.at(this.first + this.length);
    slot.index = index;
    slot.value = value;
    this.length++;
  }

  /** The maximum in the window (0 before anything is recorded, like Go's zero value). */
  current(): number {
    return this.at(this.first).value;
  }
}

/** `max.TimeWindow`: buckets of `granularityS` seconds over `durationS` seconds. */
export class MaxTimeWindow {
  private readonly window: MaxWindow;

  constructor(
    durationS: number,
    private readonly granularityS: number,
  ) {
    this.window = new MaxWindow(Math.ceil(durationS / granularityS));
  }

  /** Go: `int(now.Unix()) / int(granularity.Seconds())` — floor to seconds, then truncating division. */
  record(nowS: number, value: number): void {
    this.window.record(Math.trunc(Math.floor(nowS) / Math.trunc(this.granularityS)), value);
  }

  current(): number {
    return this.window.current();
  }
}
