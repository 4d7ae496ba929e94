/**
 * jsdom has no layout, and the shared setup's IntersectionObserver never fires, so widgets
 * would wait for the reader forever. Importing this file makes every observed element count as
 * in view at once, so widget tests render the widget body as a reader near it would.
 */
import { afterAll, beforeAll, vi } from 'vitest';

class InViewObserver {
  readonly root = null;
  readonly rootMargin = '';
  readonly thresholds: readonly number[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element): void {
    queueMicrotask(() => this.callback([{ target, isIntersecting: true, intersectionRatio: 1 } as IntersectionObserverEntry], this as unknown as IntersectionObserver));
  }
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

beforeAll(() => {
  vi.stubGlobal('IntersectionObserver', InViewObserver);
});
afterAll(() => {
  vi.unstubAllGlobals();
});
