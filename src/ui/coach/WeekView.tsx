/**
 * Keeping the habit: this week against the protocol's frequency, the last eight weeks, the
 * streak of weeks on target, the next session's day, a calendar reminder, and the log itself
 * with export, import and print.
 */
import { useMemo, useState } from 'react';
import { reminderIcs } from '../../coach/reminder';
import { civilDateOf, localDayOf, nextSessionDay, weekCounts, weekStreak } from '../../coach/week';
import type { Protocol } from '../../protocol/schema';
import { useCoachStore } from '../../state/coach/coachStore';
import { useLogStore } from '../../state/coach/logStore';
import { COACH_TEXT as T } from './coachStrings';
import { downloadText } from '../downloadText';
import { i18n } from '../../i18n/instance';
import { roundMinutes } from './formatTime';
import { LogFiles } from './LogFiles';
import { useProtocolLang } from '../useProtocolLang';

const WEEKS = 8;

/** Monday to Sunday, short, in the reader's language (1 January 2024 was a Monday). */
function weekdayNames(): string[] {
  const format = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i, 12))));
}

function dayLabel(day: number, options: Intl.DateTimeFormatOptions): string {
  const { year, month, day: d } = civilDateOf(day);
  // Noon UTC of that civil date, shown in UTC: the same calendar day whatever the time zone.
  return new Date(Date.UTC(year, month - 1, d, 12)).toLocaleDateString(i18n.language, {
    ...options,
    timeZone: 'UTC',
  });
}

export function WeekView({ protocol }: { protocol: Protocol }) {
  const entries = useLogStore((s) => s.entries);
  const status = useLogStore((s) => s.status);
  const intensive = useLogStore((s) => s.intensive);
  const setIntensive = useLogStore((s) => s.setIntensive);
  const newSession = useCoachStore((s) => s.newSession);
  const sessionOver = useCoachStore((s) => s.session === null || s.session.status === 'ended');
  const minutes =
    useCoachStore((s) => s.session?.plannedMinutes ?? s.minutes) ??
    protocol.timing.sessionMinutes.min;
  const { frequency } = protocol;
  const lang = useProtocolLang();
  const target = intensive ? frequency.intensive.timesPerWeek : frequency.maintenance.timesPerWeek;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const [now] = useState(() => Date.now());
  const sessions = useMemo(
    () => entries.map((e) => ({ startedAtMs: Date.parse(e.startedAt), timeZone: e.timeZone })),
    [entries],
  );
  const weeks = weekCounts(sessions, now, timeZone, target, WEEKS);
  const thisWeek = weeks[weeks.length - 1];
  const streak = weekStreak(weeks);
  const today = localDayOf(now, timeZone);
  const next = nextSessionDay(
    sessions.map((s) => localDayOf(s.startedAtMs, s.timeZone)),
    today,
    target,
  );
  const [time, setTime] = useState('19:00');
  const [times, setTimes] = useState<number | null>(null);
  const timesPerWeek = Math.min(target.max, Math.max(target.min, times ?? target.max));
  const most = Math.max(target.max, ...weeks.map((w) => w.count), 1);

  const downloadReminder = () => {
    const [h, m] = time.split(':').map(Number);
    const ics = reminderIcs({
      firstDay: next,
      hour: h ?? 19,
      minute: m ?? 0,
      durationMinutes: minutes,
      timesPerWeek,
      title: T.reminderTitle,
      description: T.reminderDescription(Math.round(minutes)),
    });
    if (ics.ok) downloadText('proximal-leg-massage.ics', ics.text, 'text/calendar');
  };

  return (
    <section className="coach-card" aria-labelledby="coach-week-heading" data-testid="coach-week">
      <h2 id="coach-week-heading" className="coach-heading">
        {T.weekHeading}
      </h2>
      {status === 'loading' && <p role="status">{T.loading}</p>}
      <p className="coach-aim">
        {intensive ? T.frequencyIntensive : T.frequencyMaintenance(target.min, target.max)}
      </p>
      <p className="coach-hint" {...lang}>
        {frequency.principle}
      </p>
      <label className="coach-choice">
        <input
          type="checkbox"
          checked={intensive}
          onChange={(e) => void setIntensive(e.target.checked)}
        />
        {T.intensiveLabel}
      </label>
      {intensive && frequency.intensive.note && (
        <p className="coach-source" {...lang}>
          {frequency.intensive.note.text} <em>{frequency.intensive.note.source}</em>
        </p>
      )}
      {thisWeek && (
        <div className="coach-thisweek" data-testid="coach-thisweek">
          <p className="coach-big-number">{T.thisWeek(thisWeek.count)}</p>
          <p>{thisWeek.met ? T.weekMet : T.weekNotMet(target.min - thisWeek.count)}</p>
          <ol className="coach-days">
            {weekdayNames().map((name, i) => (
              <li
                key={name}
                className="coach-day"
                data-done={(thisWeek.days[i] ?? 0) > 0}
                data-today={thisWeek.start + i === today}
                data-next={thisWeek.start + i === next}
              >
                <span>{name}</span>
                <span aria-hidden="true">{(thisWeek.days[i] ?? 0) > 0 ? '●' : '○'}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      <p className="coach-streak" data-testid="coach-streak">
        {T.streak(streak)}
      </p>
      <p className="coach-next-day" data-testid="coach-next-day">
        {T.nextSuggestion(
          next === today
            ? T.today
            : dayLabel(next, { weekday: 'long', day: 'numeric', month: 'long' }),
        )}
      </p>
      <h3 className="coach-subheading">{T.weeksHeading}</h3>
      <figure className="coach-weeks" aria-label={T.weeksChartLabel}>
        {weeks.map((w) => (
          <div
            key={w.start}
            className="coach-week-bar"
            data-met={w.met}
            title={T.weekBar(dayLabel(w.start, { day: 'numeric', month: 'short' }), w.count)}
          >
            <span className="coach-week-count">{w.count}</span>
            <span className="coach-week-fill" style={{ height: `${(100 * w.count) / most}%` }} />
            <span className="coach-week-label">
              {dayLabel(w.start, { day: 'numeric', month: 'short' })}
            </span>
          </div>
        ))}
      </figure>
      <div className="coach-reminder">
        <h3 className="coach-subheading">{T.reminderHeading}</h3>
        <div className="coach-reminder-fields">
          <label>
            {T.reminderTime}{' '}
            <input type="time" value={time} onChange={(e) => setTime(e.target.value || '19:00')} />
          </label>
          {target.min !== target.max && (
            <label>
              {T.reminderTimes}{' '}
              <select value={timesPerWeek} onChange={(e) => setTimes(Number(e.target.value))}>
                {Array.from({ length: target.max - target.min + 1 }, (_, i) => target.min + i).map(
                  (n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ),
                )}
              </select>
            </label>
          )}
        </div>
        <button type="button" className="trainer-button" onClick={downloadReminder}>
          {T.reminderDownload}
        </button>
      </div>
      <div className="coach-history">
        <h3 className="coach-subheading">{T.historyHeading}</h3>
        {entries.length === 0 ? (
          <p>{T.noSessions}</p>
        ) : (
          <ul data-testid="coach-history">
            {entries.slice(0, 20).map((e) => (
              <li key={e.id}>
                {new Date(e.startedAt).toLocaleString(i18n.language, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}
                {' · '}
                {e.legs.map((l) => T.minutesOnLeg(l.leg, roundMinutes(l.minutes))).join(', ')}
                {' · '}
                {e.completed
                  ? T.completed
                  : T.stoppedEarly(e.stopReason ? T.stopReasons[e.stopReason] : '')}
              </li>
            ))}
          </ul>
        )}
      </div>
      <LogFiles />
      <button
        type="button"
        className="trainer-button trainer-button--primary coach-next"
        onClick={newSession}
        disabled={!sessionOver}
      >
        {T.newSession}
      </button>
    </section>
  );
}
