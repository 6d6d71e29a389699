import type { Contraindication } from '../../protocol/schema';
import { SEVERITY_LABELS, strings } from '../strings';
import { useProtocolLang } from '../useProtocolLang';

/** One contraindication: what it is, its signs, the fixed instruction for its severity, the action. */
export function ContraindicationCard({ item }: { item: Contraindication }) {
  const lang = useProtocolLang();
  return (
    <li className={`contraindication contraindication--${item.severity}`}>
      <h3 className="contraindication-name" {...lang}>
        {item.name}
      </h3>
      {item.provenance === 'proximal' && (
        <p className="provenance">
          <span className="provenance-tag">{strings.safety.beyondGuide}</span>
        </p>
      )}
      <p className="contraindication-severity">
        <strong>{SEVERITY_LABELS[item.severity]}</strong>
      </p>
      <dl className="contraindication-details">
        <dt>{strings.safety.signs}</dt>
        <dd>
          <ul className="signs">
            {item.signs.map((sign) => (
              <li key={sign} {...lang}>
                {sign}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{strings.safety.action}</dt>
        <dd className="contraindication-action" {...lang}>
          {item.action}
        </dd>
        {item.why !== undefined && (
          <>
            <dt>{strings.safety.why}</dt>
            <dd {...lang}>{item.why}</dd>
          </>
        )}
        {item.source !== undefined && (
          <>
            <dt>{strings.provenance.source}</dt>
            <dd className="provenance-source">{item.source}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
