import type { SetupStep } from '../../protocol/schema';
import { useSetupStore } from '../../state/setupStore';
import { SETUP_CATEGORY_LABELS, strings, trainerStrings } from '../strings';
import { goToPhase } from './trainerActions';
import { useProtocolLang } from '../useProtocolLang';

/** The setup step: the protocol's preparation as a checklist, then on to phase 1. */
export function SetupCard({ steps }: { steps: readonly SetupStep[] }) {
  const lang = useProtocolLang();
  const ticked = useSetupStore((s) => s.ticked);
  const toggle = useSetupStore((s) => s.toggleTicked);
  const done = steps.filter((step) => ticked[step.id] === true).length;
  return (
    <section
      className="trainer-card"
      data-testid="setup-card"
      aria-labelledby="trainer-setup-heading"
    >
      <h2 id="trainer-setup-heading" className="phase-heading">
        <span className="phase-name">{strings.setup.title}</span>
      </h2>
      <p>{strings.setup.intro}</p>
      <ul className="checklist trainer-checklist">
        {steps.map((step) => {
          const inputId = `trainer-setup-${step.id}`;
          const whyId = `${inputId}-why`;
          return (
            <li key={step.id} className="checklist-item">
              <input
                id={inputId}
                type="checkbox"
                checked={ticked[step.id] === true}
                onChange={() => toggle(step.id)}
                aria-describedby={step.why === undefined ? undefined : whyId}
              />
              <label htmlFor={inputId}>
                <span className="tag">
                  {SETUP_CATEGORY_LABELS[step.category]}
                  <span className="visually-hidden">: </span>
                </span>{' '}
                <span {...lang}>{step.text}</span>
              </label>
              {step.why !== undefined && (
                <p id={whyId} className="checklist-why" {...lang}>
                  {step.why}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="trainer-setup-progress" aria-live="polite">
        {trainerStrings.setup.ready(done, steps.length)}
      </p>
      <button
        type="button"
        className="trainer-button trainer-button--primary"
        onClick={() => goToPhase(0)}
      >
        {trainerStrings.setup.start}
      </button>
    </section>
  );
}
