import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLookAhead } from '../../../../../src/ui/widgets/kit/useLookAhead.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useLookAhead', () => {
  it('looks a short way ahead while the page loads and further once it has settled', () => {
    const { result } = renderHook(() => useLookAhead('0px', '600px', 4000));
    expect(result.current).toBe('0px');
    act(() => vi.advanceTimersByTime(3999));
    expect(result.current).toBe('0px');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe('600px');
  });

  it('leaves no timer behind when it unmounts first', () => {
    const { unmount } = renderHook(() => useLookAhead('0px', '600px', 4000));
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
