import type { Phase } from '../../protocol/schema';
import { phaseSharePercents } from '../describe';
import { strings } from '../strings';
import { PhaseSection } from './PhaseSection';
import { SECTION_IDS } from './sectionIds';

/** The phases of the massage, in the order they are done. */
export function PhaseList({ phases }: { phases: readonly Phase[] }) {
  const headingId = `${SECTION_IDS.phases}-heading`;
  const shares = phaseSharePercents(phases);
  return (
    <section id={SECTION_IDS.phases} aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.phases.title}</h2>
      <ol className="phase-list">
        {phases.map((phase, index) => (
          <li key={phase.id}>
            <PhaseSection
              phase={phase}
              number={index + 1}
              total={phases.length}
              sharePercent={shares[index] ?? 0}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
