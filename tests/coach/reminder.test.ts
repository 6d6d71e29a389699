import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recurrenceRule, reminderIcs, reminderWeekdays } from '../../src/coach/reminder';
import { dayNumber } from '../../src/coach/week';

describe('calendar reminder', () => {
  it('spreads the sessions evenly over the week, starting on the first day', () => {
    expect(reminderWeekdays(0, 3)).toEqual([0, 2, 4]);
    expect(recurrenceRule(0, 3)).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
    expect(recurrenceRule(3, 2)).toBe('FREQ=WEEKLY;BYDAY=TH,SU');
    expect(recurrenceRule(5, 7)).toBe('FREQ=DAILY');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 6 }), (first, n) => {
        const days = reminderWeekdays(first, n);
        expect(new Set(days).size).toBe(n);
        expect(days).toContain(first);
      }),
    );
  });

  it('writes a floating-time repeating event on the suggested day and hour', () => {
    const result = reminderIcs({
      firstDay: dayNumber({ year: 2026, month: 3, day: 30 }),
      hour: 19,
      minute: 5,
      durationMinutes: 20,
      timesPerWeek: 3,
      title: 'Leg massage',
      description: 'A session of 20 minutes',
    });
    if (!result.ok) throw new Error(result.error);
    const text = result.text.replace(/\r\n/g, '\n');
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    // Floating local time (no Z, no TZID): the same hour whatever the daylight-saving change.
    expect(text).toMatch(/\nDTSTART:20260330T190500\n/);
    expect(text).toMatch(/\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\n/);
    expect(text).toMatch(/\nDURATION:PT20M\n/);
    expect(text).toMatch(/\nSUMMARY:Leg massage\n/);
    expect(text).toMatch(/BEGIN:VALARM/);
  });
});
