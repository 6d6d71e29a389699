import type { SetupStep } from '../../protocol/schema';
import { SETUP_CATEGORY_LABELS, strings } from '../strings';
import { SECTION_IDS } from './sectionIds';
import { useProtocolLang } from '../useProtocolLang';

/** The setup as a checklist the learner can tick while preparing (not saved). */
export function SetupList({ steps }: { steps: readonly SetupStep[] }) {
  const lang = useProtocolLang();
  const headingId = `${SECTION_IDS.setup}-heading`;
  return (
    <section id={SECTION_IDS.setup} aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.setup.title}</h2>
      <p>{strings.setup.intro}</p>
      <ul className="checklist">
        {steps.map((step) => {
          const inputId = `setup-${step.id}`;
          const whyId = `${inputId}-why`;
          return (
            <li key={step.id} className="checklist-item">
              <input
                id={inputId}
                type="checkbox"
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
                <p id={whyId} className="checklist-why">
                  <span {...lang}>{step.why}</span>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
