import type { Rule } from '../../protocol/schema';
import { ArrowUpIcon } from '../icons/ArrowUpIcon';
import { strings, trainerStrings } from '../strings';

type DirectionRule = Extract<Rule, { kind: 'direction' }>;

/** "Always toward the heart", pinned to the top of the panel, with the protocol's why on demand. */
export function DirectionReminder({ rules }: { rules: readonly Rule[] }) {
  const rule = rules.find((r): r is DirectionRule => r.kind === 'direction');
  return (
    <section className="trainer-direction" aria-labelledby="trainer-direction-heading">
      <h2 id="trainer-direction-heading" className="trainer-direction-heading">
        <ArrowUpIcon className="direction-icon" />
        {strings.rules.direction}
      </h2>
      {rule !== undefined && (
        <>
          <p className="trainer-direction-text">{rule.text}</p>
          <details className="trainer-direction-why">
            <summary>{trainerStrings.direction.why}</summary>
            <p>{rule.why}</p>
          </details>
        </>
      )}
    </section>
  );
}
