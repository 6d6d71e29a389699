/** The readout throttle: at once, then at most once per interval, ending on the last value. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../../src/ui/trainer/throttle';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttle', () => {
  it('calls at once, holds later calls back, then makes the latest one', () => {
    const seen: number[] = [];
    const throttled = throttle(
      (t: number) => seen.push(t),
      250,
      () => Date.now(),
    );
    throttled.call(1);
    throttled.call(2);
    throttled.call(3);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(249);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1, 3]);
  });

  it('runs at most four times a second under a 60 Hz stream of calls', () => {
    const seen: number[] = [];
    const throttled = throttle(
      (t: number) => seen.push(t),
      250,
      () => Date.now(),
    );
    for (let frame = 0; frame < 60; frame++) {
      throttled.call(frame);
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(250);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.length).toBeLessThanOrEqual(5);
    expect(seen.at(-1)).toBe(59);
  });

  it('makes no held-back call once cancelled', () => {
    const seen: number[] = [];
    const throttled = throttle(
      (t: number) => seen.push(t),
      250,
      () => Date.now(),
    );
    throttled.call(1);
    throttled.call(2);
    throttled.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1]);
  });
});
