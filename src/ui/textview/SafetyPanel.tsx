import type { Contraindication } from '../../protocol/schema';
import { bySeverity } from '../describe';
import { WarningIcon } from '../icons/WarningIcon';
import { strings } from '../strings';
import { ContraindicationCard } from './ContraindicationCard';
import { SECTION_IDS } from './sectionIds';

/**
 * The contraindications, always first and always open: the most serious ("stop") ones on top,
 * in a high-contrast style that cannot be mistaken for ordinary advice.
 */
export function SafetyPanel({
  contraindications,
}: {
  contraindications: readonly Contraindication[];
}) {
  const headingId = `${SECTION_IDS.safety}-heading`;
  return (
    <section id={SECTION_IDS.safety} className="safety" aria-labelledby={headingId}>
      <h2 id={headingId} className="safety-heading">
        <WarningIcon className="safety-icon" />
        {strings.safety.title}
      </h2>
      <p className="safety-intro">{strings.safety.intro}</p>
      <ul className="safety-list">
        {bySeverity(contraindications).map((item) => (
          <ContraindicationCard key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
