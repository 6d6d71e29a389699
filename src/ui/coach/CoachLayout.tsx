/**
 * The session coach (mode "Session"): the safety check, preparing, the guided massage of both
 * legs beside the 3D leg, the log and the week, one step after the other. Loaded on demand.
 */
import { useEffect } from 'react';
import { useCoachStore, COACH_STEPS } from '../../state/coach/coachStore';
import { useLogStore } from '../../state/coach/logStore';
import { leaveGuidedSession, showSessionOnLeg } from '../../state/coach/sessionPlayback';
import { useProtocolStore } from '../../state/protocolStore';
import { TrainerStage } from '../TrainerStage';
import { COACH_TEXT as T } from './coachStrings';
import { LogForm } from './LogForm';
import { PrepareStep } from './PrepareStep';
import { SafetyCheck } from './SafetyCheck';
import { SessionRunner } from './SessionRunner';
import { useSessionDriver } from './useSessionDriver';
import { WeekView } from './WeekView';
import './coach.css';

function StepsBar() {
  const step = useCoachStore((s) => s.step);
  return (
    <ol className="coach-steps" aria-label={T.stepsLabel}>
      {COACH_STEPS.map((s) => (
        <li key={s} aria-current={s === step ? 'step' : undefined} data-current={s === step}>
          {T.steps[s]}
        </li>
      ))}
    </ol>
  );
}

/** The week and the log are open to see at any time outside a session. */
function WeekLink() {
  const goTo = useCoachStore((s) => s.goTo);
  return (
    <p className="coach-week-link">
      <button type="button" className="trainer-button" onClick={() => goTo('week')}>
        {T.seeWeek}
      </button>
    </p>
  );
}

export function CoachLayout() {
  const protocol = useProtocolStore((s) => s.shown);
  const step = useCoachStore((s) => s.step);
  const active = useCoachStore((s) => s.session !== null && s.session.status !== 'ended');
  const plannedMinutes = useCoachStore((s) => s.session?.plannedMinutes ?? null);
  useSessionDriver();

  useEffect(() => {
    if (useLogStore.getState().status === 'idle') void useLogStore.getState().load();
  }, []);
  useEffect(() => {
    if (active && plannedMinutes !== null) showSessionOnLeg(plannedMinutes);
  }, [active, plannedMinutes]);
  useEffect(() => leaveGuidedSession, []);
  // Each step starts at its top (the button that led to it may have been far down the page).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [step]);

  if (step === 'session') {
    return (
      <div className="trainer coach-trainer" data-testid="coach">
        <div className="trainer-panel coach-panel">
          <StepsBar />
          <SessionRunner protocol={protocol} />
        </div>
        <TrainerStage />
      </div>
    );
  }
  return (
    <div className="coach-page" data-testid="coach">
      <StepsBar />
      {step === 'check' && <SafetyCheck protocol={protocol} />}
      {step === 'prepare' && <PrepareStep protocol={protocol} />}
      {step === 'log' && <LogForm protocol={protocol} />}
      {step === 'week' && <WeekView protocol={protocol} />}
      {(step === 'check' || step === 'prepare') && <WeekLink />}
    </div>
  );
}
