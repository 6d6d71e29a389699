/**
 * The safety check before every session: one yes/no question per contraindication of the
 * protocol, what to do beside each "yes", and the outcome (`safetyOutcome`) that decides
 * whether a session may start. It only draws and records answers.
 */
import { useEffect, useMemo, useRef } from 'react';
import { safetyOutcome, safetyQuestions, type SafetyQuestion } from '../../coach/safetyCheck';
import type { Protocol } from '../../protocol/schema';
import { useCoachStore } from '../../state/coach/coachStore';
import { COACH_TEXT as T } from './coachStrings';
import { useProtocolLang } from '../useProtocolLang';

function Question({ q }: { q: SafetyQuestion }) {
  const answer = useCoachStore((s) => s.answers[q.id]);
  const setAnswer = useCoachStore((s) => s.answer);
  const serious = q.severity === 'emergency' || q.severity === 'stop';
  const lang = useProtocolLang();
  return (
    <fieldset
      className="coach-question"
      data-severity={q.severity}
      data-testid={`coach-question-${q.id}`}
    >
      <legend className="coach-question-name" {...lang}>
        {q.name}
      </legend>
      <ul className="coach-question-signs" aria-label={T.signsLabel} {...lang}>
        {q.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <div className="coach-yesno">
        {(['yes', 'no'] as const).map((value) => (
          <label key={value} className="coach-choice">
            <input
              type="radio"
              name={`coach-${q.id}`}
              value={value}
              checked={answer === value}
              onChange={() => setAnswer(q.id, value)}
            />
            {value === 'yes' ? T.yes : T.no}
          </label>
        ))}
      </div>
      {answer === 'yes' && (
        <p className="coach-question-action" role={serious ? 'alert' : undefined}>
          <strong>{T.whatToDo}</strong> <span {...lang}>{q.action}</span>
        </p>
      )}
      {q.source && (
        <p className="coach-source">
          <em>{T.beyondGuide}</em> {T.source} {q.source}
        </p>
      )}
    </fieldset>
  );
}

export function SafetyCheck({ protocol }: { protocol: Protocol }) {
  const questions = useMemo(() => safetyQuestions(protocol), [protocol]);
  const answers = useCoachStore((s) => s.answers);
  const cleared = useCoachStore((s) => s.clearedByProfessional);
  const setCleared = useCoachStore((s) => s.setCleared);
  const goTo = useCoachStore((s) => s.goTo);
  const outcome = safetyOutcome(questions, answers, cleared);
  const lang = useProtocolLang();

  return (
    <section className="coach-card" aria-labelledby="coach-check-heading" data-testid="coach-check">
      <h2 id="coach-check-heading" className="coach-heading">
        {T.checkHeading}
      </h2>
      <p className="coach-not-diagnosis">{T.checkNotDiagnosis}</p>
      <p className="coach-lead">{T.checkIntro}</p>
      {outcome.kind === 'blocked' ? (
        <Blocked because={outcome.because} />
      ) : (
        <>
          {questions.map((q) => (
            <Question key={q.id} q={q} />
          ))}
          {outcome.kind === 'incomplete' && (
            <p className="coach-status" role="status">
              {T.unanswered(outcome.unanswered.length)}
            </p>
          )}
          {(outcome.kind === 'consult-first' ||
            (outcome.kind === 'go' && outcome.cleared.length > 0)) && (
            <div className="coach-consult">
              <h3 className="coach-subheading">{T.consultHeading}</h3>
              <label className="coach-choice">
                <input
                  type="checkbox"
                  checked={cleared}
                  onChange={(e) => setCleared(e.target.checked)}
                />
                {T.consultCleared}
              </label>
            </div>
          )}
          {(outcome.kind === 'go' || outcome.kind === 'consult-first') &&
            outcome.keepOff.length > 0 && (
              <div className="coach-keepoff">
                <h3 className="coach-subheading">{T.keepOffHeading}</h3>
                <ul>
                  {outcome.keepOff.map((q) => (
                    <li key={q.id} {...lang}>
                      {q.name}: {q.action}
                    </li>
                  ))}
                </ul>
                <p>{T.keepOffHowTo}</p>
              </div>
            )}
          <button
            type="button"
            className="trainer-button trainer-button--primary coach-next"
            disabled={outcome.kind !== 'go'}
            onClick={() => goTo('prepare')}
            data-testid="coach-check-continue"
          >
            {T.continueToPrepare}
          </button>
        </>
      )}
    </section>
  );
}

function Blocked({ because }: { because: SafetyQuestion[] }) {
  const box = useRef<HTMLDivElement>(null);
  const lang = useProtocolLang();
  // The questions it replaces may have been scrolled far down: bring the guidance into view.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <div className="coach-blocked" role="alert" data-testid="coach-blocked" ref={box}>
      <h3 className="coach-blocked-heading">{T.blockedHeading}</h3>
      <p>{T.blockedLead}</p>
      <ul>
        {because.map((q) => (
          <li key={q.id} {...lang}>
            <strong>{q.name}.</strong> {q.action}
          </li>
        ))}
      </ul>
      <p className="coach-blocked-emergency">{T.blockedEmergency}</p>
      <p>{T.blockedCare}</p>
    </div>
  );
}
