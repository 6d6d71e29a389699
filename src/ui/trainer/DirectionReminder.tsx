import { useId, useState } from 'react';
import type { Rule } from '../../protocol/schema';
import { ArrowUpIcon } from '../icons/ArrowUpIcon';
import { strings, trainerStrings } from '../strings';
import { useProtocolLang } from '../useProtocolLang';

type DirectionRule = Extract<Rule, { kind: 'direction' }>;

/**
 * "Always toward the heart", pinned to the top of the panel in one line; the protocol's rule and
 * its why on demand.
 */
export function DirectionReminder({ rules }: { rules: readonly Rule[] }) {
  const rule = rules.find((r): r is DirectionRule => r.kind === 'direction');
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const lang = useProtocolLang();
  return (
    <section className="trainer-direction" aria-labelledby="trainer-direction-heading">
      <div className="trainer-direction-line">
        <h2 id="trainer-direction-heading" className="trainer-direction-heading">
          <ArrowUpIcon className="direction-icon" />
          {strings.rules.direction}
        </h2>
        {rule !== undefined && (
          <button
            type="button"
            className="trainer-direction-more"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {trainerStrings.direction.why}
          </button>
        )}
      </div>
      {rule !== undefined && (
        <div id={detailsId} className="trainer-direction-details" hidden={!open}>
          <p className="trainer-direction-text" {...lang}>
            {rule.text}
          </p>
          <p>
            <strong>{strings.rules.why}: </strong>
            <span {...lang}>{rule.why}</span>
          </p>
        </div>
      )}
    </section>
  );
}
