/**
 * The calendar reminder: a repeating event at the person's own local time (floating time, so
 * the calendar keeps it at the same hour across daylight-saving changes and travel), on days
 * spread evenly across the week, starting on the suggested day. Written by the `ics` package.
 */
import { createEvent } from 'ics';
import { civilDateOf, weekdayOf } from './week';

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Weekdays (0 Monday … 6 Sunday) spread evenly, starting on `firstWeekday`. */
export function reminderWeekdays(firstWeekday: number, timesPerWeek: number): number[] {
  const n = Math.min(7, Math.max(1, Math.round(timesPerWeek)));
  const step = Math.floor(7 / n);
  return Array.from({ length: n }, (_, i) => (firstWeekday + i * step) % 7).sort((a, b) => a - b);
}

export function recurrenceRule(firstWeekday: number, timesPerWeek: number): string {
  if (timesPerWeek >= 7) return 'FREQ=DAILY';
  const days = reminderWeekdays(firstWeekday, timesPerWeek).map((d) => BYDAY[d]);
  return `FREQ=WEEKLY;BYDAY=${days.join(',')}`;
}

export interface ReminderRequest {
  /** Day number (days since 1970-01-01) of the first session. */
  firstDay: number;
  hour: number;
  minute: number;
  durationMinutes: number;
  timesPerWeek: number;
  title: string;
  description: string;
}

export function reminderIcs(
  r: ReminderRequest,
): { ok: true; text: string } | { ok: false; error: string } {
  const { year, month, day } = civilDateOf(r.firstDay);
  const { error, value } = createEvent({
    productId: 'proximal/session-coach',
    uid: `proximal-session-${r.firstDay}-${r.hour}-${r.minute}@proximal.local`,
    title: r.title,
    description: r.description,
    start: [year, month, day, r.hour, r.minute],
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: Math.round(r.durationMinutes) },
    recurrenceRule: recurrenceRule(weekdayOf(r.firstDay), r.timesPerWeek),
    alarms: [{ action: 'display', description: r.title, trigger: { minutes: 10, before: true } }],
  });
  if (error || !value) return { ok: false, error: error?.message ?? 'no calendar text' };
  return { ok: true, text: value };
}
