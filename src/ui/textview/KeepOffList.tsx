import type { KeepOffArea } from '../../protocol/schema';
import { capitalise } from '../describe';
import { REGION_LABELS, strings } from '../strings';
import { ProvenanceTag } from './ProvenanceTag';
import { useProtocolLang } from '../useProtocolLang';

/** Areas of the leg the hands keep off (or press only lightly), with the reason. */
export function KeepOffList({ areas }: { areas: readonly KeepOffArea[] }) {
  const lang = useProtocolLang();
  if (areas.length === 0) return null;
  return (
    <>
      <h3>{strings.rules.keepOffTitle}</h3>
      <ul className="rules">
        {areas.map((area) => (
          <li key={area.id} className="rule">
            <p className="rule-text">
              <strong>{capitalise(REGION_LABELS[area.region])}: </strong>
              <span {...lang}>{area.text}</span>
            </p>
            <p>
              <strong>{strings.rules.why}: </strong>
              <span {...lang}>{area.why}</span>
            </p>
            <ProvenanceTag provenance={area.provenance} source={area.source} />
          </li>
        ))}
      </ul>
    </>
  );
}
