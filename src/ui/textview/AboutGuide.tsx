import type { Protocol } from '../../protocol/schema';
import { strings } from '../strings';
import { SECTION_IDS } from './sectionIds';

/** Where the method comes from, what Proximal added (pacing), and the disclaimer. */
export function AboutGuide({
  source,
  pacingNote,
  disclaimer,
}: Pick<Protocol, 'source' | 'pacingNote' | 'disclaimer'>) {
  const headingId = `${SECTION_IDS.about}-heading`;
  return (
    <section id={SECTION_IDS.about} aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.about.title}</h2>
      <div className="disclaimer">
        <h3>{strings.about.disclaimer}</h3>
        <p>{disclaimer}</p>
      </div>
      <h3>{strings.about.source}</h3>
      <p>
        <cite>{source.title}</cite>. {source.note}
      </p>
      <h3>{strings.about.pacing}</h3>
      <p>
        <span className="provenance-tag">{strings.pacing.label}</span> {pacingNote}
      </p>
    </section>
  );
}
