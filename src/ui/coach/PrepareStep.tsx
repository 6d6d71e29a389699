/**
 * Before the massage: who massages, how long (within the protocol's bounds), spoken cues, the
 * protocol's setup steps as a checklist, and how to reach the back of the leg.
 */
import { useMemo } from 'react';
import { WHO } from '../../coach/logEntry';
import { sessionMinutesBounds } from '../../coach/sessionPlan';
import { sessionBudget } from '../../protocol/motion/sessionBudget';
import type { Protocol } from '../../protocol/schema';
import { SESSION_LEGS, useCoachStore } from '../../state/coach/coachStore';
import { startGuidedSession } from '../../state/coach/sessionPlayback';
import { COACH_TEXT as T } from './coachStrings';
import { formatMinutes, roundMinutes } from './formatTime';
import { speechAvailable } from './speech';
import { useProtocolLang } from '../useProtocolLang';

export function PrepareStep({ protocol }: { protocol: Protocol }) {
  const bounds = useMemo(
    () => sessionMinutesBounds(protocol.timing, SESSION_LEGS.length),
    [protocol],
  );
  const who = useCoachStore((s) => s.who);
  const setWho = useCoachStore((s) => s.setWho);
  const chosen = useCoachStore((s) => s.minutes);
  const setMinutes = useCoachStore((s) => s.setMinutes);
  const speak = useCoachStore((s) => s.speak);
  const setSpeak = useCoachStore((s) => s.setSpeak);
  const setupDone = useCoachStore((s) => s.setupDone);
  const toggleSetup = useCoachStore((s) => s.toggleSetup);
  const minutes = Math.min(bounds.max, Math.max(bounds.min, chosen ?? bounds.min));
  const perLeg = sessionBudget(protocol.timing, minutes, SESSION_LEGS.length).perLegMinutes;
  const done = protocol.setup.filter((step) => setupDone[step.id]).length;
  const ready = done === protocol.setup.length;
  const canSpeak = speechAvailable();
  const lang = useProtocolLang();

  return (
    <section
      className="coach-card"
      aria-labelledby="coach-prepare-heading"
      data-testid="coach-prepare"
    >
      <h2 id="coach-prepare-heading" className="coach-heading">
        {T.prepareHeading}
      </h2>
      <fieldset className="coach-field">
        <legend className="coach-subheading">{T.whoLabel}</legend>
        {WHO.map((w) => (
          <label key={w} className="coach-choice">
            <input type="radio" name="coach-who" checked={who === w} onChange={() => setWho(w)} />
            {T.who[w]}
          </label>
        ))}
      </fieldset>
      <div className="coach-field">
        <label className="coach-subheading" htmlFor="coach-minutes">
          {T.minutesLabel}
        </label>
        <div className="coach-minutes">
          <input
            id="coach-minutes"
            type="range"
            min={bounds.min}
            max={bounds.max}
            step={1}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
            data-testid="coach-minutes"
          />
          <output htmlFor="coach-minutes" className="coach-minutes-value">
            {formatMinutes(minutes)}
          </output>
        </div>
        <p className="coach-hint" {...lang}>
          {protocol.timing.text}
        </p>
        <p className="coach-hint">{T.perLeg(roundMinutes(perLeg))}</p>
      </div>
      <label className="coach-choice">
        <input
          type="checkbox"
          checked={speak && canSpeak}
          disabled={!canSpeak}
          onChange={(e) => setSpeak(e.target.checked)}
        />
        {T.speakLabel}
      </label>
      {!canSpeak && <p className="coach-hint">{T.speakUnavailable}</p>}
      <fieldset className="coach-field" data-testid="coach-setup">
        <legend className="coach-subheading">
          {T.setupHeading}{' '}
          <span className="coach-count">{T.setupProgress(done, protocol.setup.length)}</span>
        </legend>
        {protocol.setup.map((step) => (
          <label key={step.id} className="coach-choice coach-setup-step">
            <input
              type="checkbox"
              checked={setupDone[step.id] === true}
              onChange={() => toggleSetup(step.id)}
            />
            <span {...lang}>
              {step.text}
              {step.why && <span className="coach-hint"> {step.why}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="coach-position">
        <h3 className="coach-subheading">{T.positionHeading}</h3>
        <p>{T.position[who]}</p>
        <p className="coach-source">{T.positionSource}</p>
      </div>
      {!ready && <p className="coach-hint">{T.startNeedsSetup}</p>}
      <button
        type="button"
        className="trainer-button trainer-button--primary coach-next"
        disabled={!ready}
        onClick={() => startGuidedSession(protocol, minutes)}
        data-testid="coach-start"
      >
        {T.start}
      </button>
    </section>
  );
}
