import type { Protocol } from '../../protocol/schema';
import { plainTitle } from '../plainTitle';
import { strings } from '../strings';
import { SECTION_IDS } from './sectionIds';
import { useProtocolLang } from '../useProtocolLang';

/** The protocol's title, summary and goal. */
export function Overview({ protocol }: { protocol: Pick<Protocol, 'title' | 'summary' | 'goal'> }) {
  const lang = useProtocolLang();
  const headingId = `${SECTION_IDS.overview}-heading`;
  return (
    <section id={SECTION_IDS.overview} className="overview" aria-labelledby={headingId}>
      <h2 id={headingId} {...lang}>
        {plainTitle(protocol.title)}
      </h2>
      <p className="lead" {...lang}>
        {protocol.summary}
      </p>
      <p>
        <strong>{strings.intro.goal}: </strong>
        <span {...lang}>{protocol.goal}</span>
      </p>
    </section>
  );
}
