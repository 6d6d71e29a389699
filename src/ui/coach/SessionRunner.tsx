/**
 * The session under way: the leg and phase in large type, the phase's cues, a countdown to the
 * next phase, the leg's and the session's timers, pause and stop. Spoken cues at each new phase
 * when asked for.
 */
import { useEffect, useRef, useState } from 'react';
import { STOP_REASONS, type StopReason } from '../../coach/logEntry';
import { coachMomentAt } from '../../coach/sessionPlan';
import type { Protocol } from '../../protocol/schema';
import { useCoachStore } from '../../state/coach/coachStore';
import { COACH_TEXT as T } from './coachStrings';
import { formatCountdown, formatElapsed } from './formatTime';
import { sayOnDevice, stopSpeaking } from './speech';
import { useWakeLock } from './useWakeLock';
import { useProtocolLang } from '../useProtocolLang';

export function SessionRunner({ protocol }: { protocol: Protocol }) {
  const session = useCoachStore((s) => s.session);
  const speak = useCoachStore((s) => s.speak);
  const pause = useCoachStore((s) => s.pause);
  const resume = useCoachStore((s) => s.resume);
  const end = useCoachStore((s) => s.end);
  const [stopping, setStopping] = useState(false);
  const [reason, setReason] = useState<StopReason | null>(null);
  const wakeLock = useWakeLock(session?.status === 'running');
  const spoken = useRef(-1);
  const lang = useProtocolLang();

  const moment = session ? coachMomentAt(session.spans, session.second) : null;
  const spanIndex = session?.spanIndex ?? 0;
  const span = session?.spans[spanIndex];
  const phase = span ? protocol.phases[span.phaseIndex] : undefined;

  useEffect(() => {
    if (!speak || !span || !phase || spoken.current === spanIndex) return;
    spoken.current = spanIndex;
    sayOnDevice(`${T.speechPhase(span.leg, phase.name)} ${phase.cues[0] ?? ''}`);
  }, [speak, span, phase, spanIndex]);
  useEffect(() => stopSpeaking, []);

  if (!session || !moment || !span || !phase) return null;
  const t = session.second;
  const remaining = Math.max(0, (span.end ?? 0) - t);
  const next = session.spans[spanIndex + 1] ?? null;
  const nextPhase = next ? protocol.phases[next.phaseIndex] : undefined;
  const legLabel = T.legLabel[span.leg];
  const nextLine =
    next && nextPhase
      ? next.leg !== span.leg
        ? T.nextLeg(next.leg, formatCountdown(remaining))
        : T.nextIn(nextPhase.name, formatCountdown(remaining))
      : T.lastPhase(formatCountdown(remaining));

  return (
    <section
      className="coach-card coach-runner"
      aria-labelledby="coach-phase"
      data-testid="coach-session"
    >
      <div
        className="coach-cue"
        data-leg={span.leg}
        data-phase={phase.id}
        data-testid="coach-cue"
        aria-live="polite"
      >
        <p className="coach-cue-leg">{legLabel}</p>
        <h2 id="coach-phase" className="coach-cue-phase" {...lang}>
          {phase.name}
        </h2>
        <p className="coach-countdown" data-testid="coach-countdown">
          {nextLine}
        </p>
      </div>
      {protocol.contraindications
        .filter((item) => item.severity === 'stop')
        .map((item) => (
          <p key={item.id} className="coach-stop-watch" data-testid="coach-stop-watch">
            {T.stopWatch(item.name, signsInSentence(item.signs, lang.lang))}
          </p>
        ))}
      {session.status === 'paused' && (
        <p className="coach-paused" role="status">
          {T.paused}
        </p>
      )}
      <ul className="coach-cues" {...lang}>
        {phase.cues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ul>
      <div className="coach-timers">
        <p>
          {T.legTimer(
            span.leg,
            formatElapsed(moment.legElapsed),
            formatElapsed(moment.leg.end - moment.leg.start),
          )}
        </p>
        <progress
          max={session.duration}
          value={t}
          aria-label={T.sessionTimer(formatElapsed(t), formatElapsed(session.duration))}
        />
        <p>{T.sessionTimer(formatElapsed(t), formatElapsed(session.duration))}</p>
        {wakeLock && <p className="coach-hint">{T.wakeLockOn}</p>}
      </div>
      {stopping ? (
        <fieldset className="coach-stop" data-testid="coach-stop-reasons">
          <legend className="coach-subheading">{T.stopHeading}</legend>
          {STOP_REASONS.map((r) => (
            <label key={r} className="coach-choice">
              <input
                type="radio"
                name="coach-stop"
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              {T.stopReasons[r]}
            </label>
          ))}
          {reason === 'clot-sign' && (
            <p className="coach-blocked" role="alert">
              {T.clotStopAdvice}
            </p>
          )}
          <div className="coach-actions">
            <button
              type="button"
              className="trainer-button trainer-button--primary"
              disabled={reason === null}
              onClick={() => reason && end(reason)}
            >
              {T.stopConfirm}
            </button>
            <button
              type="button"
              className="trainer-button"
              onClick={() => {
                setStopping(false);
                resume();
              }}
            >
              {T.stopCancel}
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="coach-actions">
          {session.status === 'running' ? (
            <button type="button" className="trainer-button coach-big" onClick={pause}>
              {T.pause}
            </button>
          ) : (
            <button
              type="button"
              className="trainer-button trainer-button--primary coach-big"
              onClick={resume}
            >
              {T.resume}
            </button>
          )}
          <button
            type="button"
            className="trainer-button coach-big"
            onClick={() => {
              pause();
              setStopping(true);
            }}
          >
            {T.stop}
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * A contraindication's signs inside a sentence: "sudden swelling, redness or heat". Each sign
 * starts lower-case, except in German, where a noun keeps its capital ("Rötung eines Beins").
 */
function signsInSentence(signs: readonly string[], lang: string): string {
  const keepCase = lang.toLowerCase().startsWith('de');
  const words = signs.map((sign) =>
    keepCase ? sign : sign.charAt(0).toLocaleLowerCase(lang) + sign.slice(1),
  );
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(words);
}
