/**
 * Weeks as the person lives them: a session belongs to the calendar day it started on in their
 * time zone, and weeks run Monday to Sunday. Days are counted as civil dates (no hours), so a
 * daylight-saving change, which makes a day 23 or 25 hours long, never moves a session into
 * another day or week.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date of an instant (ms since the epoch) in a time zone. */
export function civilDateIn(instantMs: number, timeZone: string): CivilDate {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm). */
export function dayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilDateOf(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** The day number of the Monday that starts the week holding `days`. */
export function weekStartOf(days: number): number {
  return days - weekdayOf(days);
}

export const localDayOf = (instantMs: number, timeZone: string) =>
  dayNumber(civilDateIn(instantMs, timeZone));

export interface Frequency {
  min: number;
  max: number;
}

export interface WeekCount {
  /** Day number of its Monday. */
  start: number;
  /** Sessions started in that week. */
  count: number;
  /** Sessions on each day, Monday first. */
  days: number[];
  met: boolean;
}

/**
 * The last `weeks` weeks up to the one holding `nowMs`, oldest first. Each session counts in
 * the time zone it was logged in, so travelling never moves past sessions between days.
 */
export function weekCounts(
  sessions: readonly { startedAtMs: number; timeZone: string }[],
  nowMs: number,
  timeZone: string,
  target: Frequency,
  weeks: number,
): WeekCount[] {
  const thisWeek = weekStartOf(localDayOf(nowMs, timeZone));
  const result: WeekCount[] = Array.from({ length: Math.max(1, weeks) }, (_, i) => ({
    start: thisWeek - 7 * (Math.max(1, weeks) - 1 - i),
    count: 0,
    days: [0, 0, 0, 0, 0, 0, 0],
    met: false,
  }));
  for (const s of sessions) {
    const day = localDayOf(s.startedAtMs, s.timeZone);
    const week = result.find((w) => w.start === weekStartOf(day));
    if (!week) continue;
    week.count += 1;
    week.days[weekdayOf(day)] = (week.days[weekdayOf(day)] ?? 0) + 1;
  }
  for (const w of result) w.met = w.count >= target.min;
  return result;
}

/**
 * Weeks in a row that reached the target, ending with the current week if it has, else the
 * week before (a week still under way does not break a streak). Rewards regularity, not length:
 * a long session counts once, like a short one.
 */
export function weekStreak(counts: readonly WeekCount[]): number {
  let i = counts.length - 1;
  if (i >= 0 && !counts[i]?.met) i -= 1;
  let streak = 0;
  for (; i >= 0 && counts[i]?.met; i--) streak += 1;
  return streak;
}

/**
 * The day suggested for the next session: sessions spread evenly across the week (every
 * 7 / max days, at least one), never before today, and into next week once this week has the
 * most the protocol asks for.
 */
export function nextSessionDay(
  sessionDays: readonly number[],
  today: number,
  target: Frequency,
): number {
  const spacing = Math.max(1, Math.floor(7 / Math.max(1, target.max)));
  const last = sessionDays.length > 0 ? Math.max(...sessionDays) : null;
  let day = last === null ? today : Math.max(today, last + spacing);
  const week = weekStartOf(today);
  const thisWeek = sessionDays.filter((d) => weekStartOf(d) === week).length;
  if (thisWeek >= target.max && weekStartOf(day) === week) day = week + 7;
  return day;
}
