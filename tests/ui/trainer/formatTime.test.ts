/** Clock readouts. */
import { describe, expect, it } from 'vitest';
import { formatClock, formatProgress } from '../../../src/ui/trainer/formatTime';

describe('clock readouts', () => {
  it('shows minutes and two-digit seconds, rounding down', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(5.9)).toBe('0:05');
    expect(formatClock(30)).toBe('0:30');
    expect(formatClock(61)).toBe('1:01');
    expect(formatClock(30 * 60)).toBe('30:00');
  });

  it('adds hours from an hour on', () => {
    expect(formatClock(3600)).toBe('1:00:00');
    expect(formatClock(3725)).toBe('1:02:05');
  });

  it('counts a sum of clip lengths a hair under a whole second as that second', () => {
    // A real session of 20 minutes adds up to 1199.9999999999986 s.
    expect(formatClock(1199.9999999999986)).toBe('20:00');
    expect(formatClock(1799.9999999999957)).toBe('30:00');
    expect(formatClock(59.6)).toBe('0:59');
  });

  it('reads anything that is not a time as zero', () => {
    for (const bad of [NaN, -1, -Infinity, Infinity]) expect(formatClock(bad)).toBe('0:00');
  });

  it('shows progress through a stretch, clamped into it', () => {
    expect(formatProgress(12.4, 40)).toBe('0:12 / 0:40');
    expect(formatProgress(-3, 40)).toBe('0:00 / 0:40');
    expect(formatProgress(55, 40)).toBe('0:40 / 0:40');
  });
});
