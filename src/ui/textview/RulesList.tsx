import type { KeepOffArea, Rule } from '../../protocol/schema';
import { ArrowUpIcon } from '../icons/ArrowUpIcon';
import { strings } from '../strings';
import { EndangermentSites } from './EndangermentSites';
import { KeepOffList } from './KeepOffList';
import { PressureRuleItem } from './PressureRuleItem';
import { SECTION_IDS } from './sectionIds';
import { useProtocolLang } from '../useProtocolLang';

type DirectionRule = Extract<Rule, { kind: 'direction' }>;
type OrderRule = Extract<Rule, { kind: 'order' }>;

/**
 * The global rules: direction first and prominent (with its reason), then pressure limits,
 * the order of the session, and the areas to keep off.
 */
export function RulesList({
  rules,
  keepOff,
}: {
  rules: readonly Rule[];
  keepOff: readonly KeepOffArea[];
}) {
  const lang = useProtocolLang();
  const headingId = `${SECTION_IDS.rules}-heading`;
  const direction = rules.filter((rule): rule is DirectionRule => rule.kind === 'direction');
  const order = rules.filter((rule): rule is OrderRule => rule.kind === 'order');
  const pressure = rules.filter((rule) => rule.kind === 'pressure');
  return (
    <section id={SECTION_IDS.rules} aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.rules.title}</h2>
      {direction.map((rule) => (
        <div key={rule.id} className="direction-rule">
          <h3 className="direction-heading">
            <ArrowUpIcon className="direction-icon" />
            {strings.rules.direction}
          </h3>
          <p className="direction-text" {...lang}>
            {rule.text}
          </p>
          <p>
            <strong>{strings.rules.why}: </strong>
            <span {...lang}>{rule.why}</span>
          </p>
        </div>
      ))}
      <ul className="rules">
        {pressure.map((rule) => (
          <PressureRuleItem key={rule.id} rule={rule} />
        ))}
        {order.map((rule) => (
          <li key={rule.id} className="rule">
            <p className="rule-text" {...lang}>
              {rule.text}
            </p>
            <p className="rule-meta">
              <strong>{strings.rules.order}: </strong>
              <span className="sequence">{rule.sequence.join(' → ')}</span>
            </p>
          </li>
        ))}
      </ul>
      <KeepOffList areas={keepOff} />
      <EndangermentSites />
    </section>
  );
}
