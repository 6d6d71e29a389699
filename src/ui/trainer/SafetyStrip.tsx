import { useState, type RefObject } from 'react';
import type { Contraindication } from '../../protocol/schema';
import { WarningIcon } from '../icons/WarningIcon';
import { strings, trainerStrings } from '../strings';
import { useProtocolLang } from '../useProtocolLang';
import { SafetyDialog } from './SafetyDialog';

/**
 * The top of the panel: every "stop" contraindication (suspected DVT above all) with its signs
 * and what to do, white on deep red, and the way to all the other safety checks.
 */
export function SafetyStrip({
  contraindications,
  sectionRef,
}: {
  contraindications: readonly Contraindication[];
  /** The strip's section, for the pinned line that stands in for it once it is scrolled away. */
  sectionRef?: RefObject<HTMLElement | null>;
}) {
  const [open, setOpen] = useState(false);
  const lang = useProtocolLang();
  const stops = contraindications.filter((item) => item.severity === 'stop');
  return (
    <section
      ref={sectionRef}
      tabIndex={-1}
      className="trainer-safety"
      aria-label={trainerStrings.safetyStrip.label}
    >
      {stops.map((item) => (
        <div key={item.id} className="trainer-safety-item">
          <h2 className="trainer-safety-name">
            <WarningIcon className="trainer-safety-icon" />
            <span {...lang}>{item.name}</span>
          </h2>
          <p className="trainer-safety-signs">
            <strong>{strings.safety.signs}: </strong>
            <span {...lang}>{item.signs.join('; ')}.</span>
          </p>
          <p className="trainer-safety-action" {...lang}>
            {item.action}
          </p>
        </div>
      ))}
      <button
        type="button"
        className="trainer-button trainer-safety-more"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {trainerStrings.safetyStrip.allChecks}
      </button>
      <SafetyDialog
        open={open}
        onClose={() => setOpen(false)}
        contraindications={contraindications}
      />
    </section>
  );
}
