/**
 * Weeks counted where the person lives, checked against Temporal (temporal-polyfill) as an
 * independent oracle, across time zones with and without daylight saving.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  civilDateIn,
  civilDateOf,
  dayNumber,
  localDayOf,
  nextSessionDay,
  weekCounts,
  weekdayOf,
  weekStartOf,
  weekStreak,
} from '../../src/coach/week';

const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
  'America/Santiago',
];
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
const zone = fc.constantFrom(...ZONES);

function oracleMonday(ms: number, tz: string): Temporal.PlainDate {
  const date = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(tz).toPlainDate();
  return date.subtract({ days: date.dayOfWeek - 1 });
}

describe('civil days', () => {
  it('round-trips day numbers and knows 1970-01-01 was a Thursday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        expect(dayNumber(civilDateOf(n))).toBe(n);
      }),
    );
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(weekdayOf(0)).toBe(3);
  });

  it('gives the calendar date Temporal gives, in any time zone', () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        const d = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(tz);
        expect(civilDateIn(ms, tz)).toEqual({ year: d.year, month: d.month, day: d.day });
      }),
    );
  });

  it('puts every session in the Monday-to-Sunday week Temporal puts it in', () => {
    fc.assert(
      fc.property(instant, zone, (ms, tz) => {
        const monday = oracleMonday(ms, tz);
        expect(civilDateOf(weekStartOf(localDayOf(ms, tz)))).toEqual({
          year: monday.year,
          month: monday.month,
          day: monday.day,
        });
      }),
    );
  });

  it('keeps a day whole across daylight-saving changes (23 and 25 hour days)', () => {
    // 2026-03-29: Europe/Paris springs forward; 2026-11-01: America/New_York falls back.
    for (const [tz, date] of [
      ['Europe/Paris', '2026-03-29'],
      ['America/New_York', '2026-11-01'],
    ] as const) {
      const start = Temporal.PlainDate.from(date).toZonedDateTime(tz);
      const end = start.add({ days: 1 });
      const hours = start.until(end, { largestUnit: 'hours' }).hours;
      expect(hours === 23 || hours === 25).toBe(true);
      const first = localDayOf(start.epochMilliseconds, tz);
      expect(localDayOf(end.epochMilliseconds - 1, tz)).toBe(first);
      expect(localDayOf(end.epochMilliseconds, tz)).toBe(first + 1);
    }
  });
});

const target = { min: 2, max: 3 };

describe('week counts and streaks', () => {
  it('counts each session once, in the week of its own time zone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ms: instant, tz: zone }), { maxLength: 30 }),
        instant,
        zone,
        (sessions, now, tz) => {
          const weeks = 6;
          const counts = weekCounts(
            sessions.map((s) => ({ startedAtMs: s.ms, timeZone: s.tz })),
            now,
            tz,
            target,
            weeks,
          );
          const first = oracleMonday(now, tz).subtract({ weeks: weeks - 1 });
          const expected = Array.from({ length: weeks }, (_, i) => {
            const monday = first.add({ weeks: i });
            return sessions.filter((s) => oracleMonday(s.ms, s.tz).equals(monday)).length;
          });
          expect(counts.map((c) => c.count)).toEqual(expected);
          expect(counts.map((c) => c.days.reduce((a, b) => a + b, 0))).toEqual(expected);
          expect(counts.map((c) => c.met)).toEqual(expected.map((n) => n >= target.min));
        },
      ),
    );
  });

  it('rewards consistency, not length: a streak is the run of weeks that met the target', () => {
    const week = (count: number) => ({ start: 0, count, days: [], met: count >= 2 });
    expect(weekStreak([week(2), week(3), week(2)].map((w) => w))).toBe(3);
    // The current week not yet met does not break the streak.
    expect(weekStreak([week(2), week(3), week(0)])).toBe(2);
    expect(weekStreak([week(3), week(0), week(2), week(1)])).toBe(1);
    expect(weekStreak([week(0), week(0)])).toBe(0);
  });

  it('suggests the next session evenly spaced, never in the past, never over the weekly most', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20000, max: 20060 }), { maxLength: 10 }),
        fc.integer({ min: 20000, max: 20070 }),
        fc.constantFrom({ min: 2, max: 3 }, { min: 7, max: 7 }),
        (days, today, t) => {
          const past = days.filter((d) => d <= today);
          const next = nextSessionDay(past, today, t);
          expect(next).toBeGreaterThanOrEqual(today);
          if (past.length > 0) {
            expect(next - Math.max(...past)).toBeGreaterThanOrEqual(Math.floor(7 / t.max));
          }
          const sameWeek = past.filter((d) => weekStartOf(d) === weekStartOf(next)).length;
          expect(sameWeek).toBeLessThan(t.max);
        },
      ),
    );
  });
});
