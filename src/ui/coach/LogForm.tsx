/**
 * After a session: what was done (from the session's own spans and the moment it ended), how
 * the legs feel on a 0–4 scale, new symptoms with the protocol's advice for each, a note.
 */
import { useEffect, useState } from 'react';
import {
  FEEL_SCALE,
  FEELINGS,
  LOG_SCHEMA_VERSION,
  SYMPTOMS,
  type Feeling,
  type LogEntry,
  type Symptom,
} from '../../coach/logEntry';
import { doneBy } from '../../coach/sessionPlan';
import { symptomAdvice } from '../../coach/symptomAdvice';
import type { Protocol } from '../../protocol/schema';
import { useCoachStore, type CoachSession } from '../../state/coach/coachStore';
import { useLogStore } from '../../state/coach/logStore';
import { COACH_TEXT as T } from './coachStrings';
import { i18n } from '../../i18n/instance';
import { roundMinutes } from './formatTime';
import { sayOnDevice } from './speech';
import { useProtocolLang } from '../useProtocolLang';

const SCORES = Array.from(
  { length: FEEL_SCALE.max - FEEL_SCALE.min + 1 },
  (_, i) => FEEL_SCALE.min + i,
);

export function entryOf(
  session: CoachSession,
  who: LogEntry['who'],
  feel: LogEntry['feel'],
  symptoms: Symptom[],
  note: string,
): LogEntry {
  const legs = doneBy(session.spans, session.endedAt ?? 0).map((l) => ({
    leg: l.leg,
    minutes: Math.round(l.minutes * 100) / 100,
    phasesCompleted: l.phasesCompleted,
  }));
  return {
    schema: LOG_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    startedAt: session.startedAt,
    timeZone: session.timeZone,
    who,
    plannedMinutes: session.plannedMinutes,
    legs,
    completed: session.completed,
    ...(session.stopReason ? { stopReason: session.stopReason } : {}),
    feel,
    symptoms,
    ...(note.trim() ? { note: note.trim().slice(0, 1000) } : {}),
  };
}

export function LogForm({ protocol }: { protocol: Protocol }) {
  const session = useCoachStore((s) => s.session);
  const who = useCoachStore((s) => s.who);
  const speak = useCoachStore((s) => s.speak);
  const goTo = useCoachStore((s) => s.goTo);
  const add = useLogStore((s) => s.add);
  const [feel, setFeel] = useState<Partial<Record<Feeling, number>>>({});
  const [symptoms, setSymptoms] = useState<Symptom[]>([]);
  const [note, setNote] = useState('');
  const lang = useProtocolLang();

  useEffect(() => {
    if (speak && session?.completed) sayOnDevice(T.speechEnd);
  }, [speak, session?.completed]);

  if (!session) return null;
  const done = doneBy(session.spans, session.endedAt ?? 0);
  const advice = symptomAdvice(protocol, symptoms);
  const toggle = (s: Symptom) =>
    setSymptoms((list) => (list.includes(s) ? list.filter((x) => x !== s) : [...list, s]));

  return (
    <section className="coach-card" aria-labelledby="coach-log-heading" data-testid="coach-log">
      <h2 id="coach-log-heading" className="coach-heading">
        {T.logHeading}
      </h2>
      <div className="coach-done">
        <h3 className="coach-subheading">{T.doneHeading}</h3>
        <p>
          {new Date(session.startedAt).toLocaleString(i18n.language, {
            dateStyle: 'full',
            timeStyle: 'short',
          })}
        </p>
        <p data-testid="coach-log-outcome">
          {session.completed
            ? T.completed
            : T.stoppedEarly(session.stopReason ? T.stopReasons[session.stopReason] : '')}
        </p>
        <ul>
          {done.map((l) => (
            <li key={l.leg}>
              {T.minutesOnLeg(l.leg, roundMinutes(l.minutes))} ·{' '}
              {T.phasesDone(l.phasesCompleted.length, protocol.phases.length)}
            </li>
          ))}
        </ul>
      </div>
      <fieldset className="coach-field">
        <legend className="coach-subheading">
          {T.feelHeading} <span className="coach-hint">({T.feelScaleHint})</span>
        </legend>
        {FEELINGS.map((f) => (
          <div key={f} className="coach-scale" role="radiogroup" aria-label={T.feelings[f]}>
            <span className="coach-scale-name">{T.feelings[f]}</span>
            {SCORES.map((n) => (
              <label key={n} className="coach-scale-choice">
                <input
                  type="radio"
                  name={`coach-feel-${f}`}
                  checked={feel[f] === n}
                  onChange={() => setFeel((v) => ({ ...v, [f]: n }))}
                />
                <span>{n}</span>
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <fieldset className="coach-field">
        <legend className="coach-subheading">{T.symptomsHeading}</legend>
        {SYMPTOMS.map((s) => (
          <label key={s} className="coach-choice">
            <input type="checkbox" checked={symptoms.includes(s)} onChange={() => toggle(s)} />
            {T.symptoms[s]}
          </label>
        ))}
        {advice.map((a) => (
          <p
            key={a.symptom}
            className={
              a.severity === 'emergency' || a.severity === 'stop' ? 'coach-blocked' : 'coach-advice'
            }
            role={a.severity === 'emergency' || a.severity === 'stop' ? 'alert' : undefined}
          >
            <strong>{T.symptoms[a.symptom]}:</strong> <span {...lang}>{a.action}</span>
          </p>
        ))}
      </fieldset>
      <label className="coach-field">
        <span className="coach-subheading">{T.noteLabel}</span>
        <textarea
          className="coach-note"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <div className="coach-actions">
        <button
          type="button"
          className="trainer-button trainer-button--primary"
          data-testid="coach-save"
          onClick={() => {
            void add(entryOf(session, who, feel, symptoms, note));
            goTo('week');
          }}
        >
          {T.save}
        </button>
        <button type="button" className="trainer-button" onClick={() => goTo('week')}>
          {T.skipLog}
        </button>
      </div>
    </section>
  );
}
