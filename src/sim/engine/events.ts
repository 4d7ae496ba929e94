/**
 * Collects events for the current step. Producers check the level flags before building an
 * event, so the "none" level allocates nothing on the hot path.
 */
import type { Micros } from '../core/units.ts';
import type { EventLevel, SimEvent } from './types.ts';

type Unstamped<E> = E extends SimEvent ? Omit<E, 'step' | 'timeUs'> : never;

const RANK: Record<EventLevel, number> = { none: 0, requests: 1, blocks: 2, tokens: 3 };

/** The event buffer shared by the scheduler, the KV manager and the engine. */
export class EventSink {
  /** Request-level events are on. */
  readonly requests: boolean;
  /** Block-level events are on. */
  readonly blocks: boolean;
  /** Per-token events are on. */
  readonly tokens: boolean;
  step = 0;
  timeUs = 0 as Micros;
  private buf: SimEvent[] = [];

  constructor(level: EventLevel) {
    const r = RANK[level];
    this.requests = r >= 1;
    this.blocks = r >= 2;
    this.tokens = r >= 3;
  }

  /** Stamps an event with the current step and time and records it. */
  emit(e: Unstamped<SimEvent>): void {
    this.buf.push(Object.assign({ type: e.type, step: this.step, timeUs: this.timeUs }, e) as SimEvent);
  }

  /** Records an event stamped with an explicit time (e.g. an arrival inside a step). */
  emitAt(timeUs: Micros, e: Unstamped<SimEvent>): void {
    this.buf.push(Object.assign({ type: e.type, step: this.step, timeUs }, e) as SimEvent);
  }

  /** Hands over the buffered events and starts a new buffer. */
  drain(): readonly SimEvent[] {
    if (this.buf.length === 0) return EMPTY;
    const out = this.buf;
    this.buf = [];
    return out;
  }
}

const EMPTY: readonly SimEvent[] = Object.freeze([]);
