import type { PressureRule } from '../../protocol/schema';
import { joinList, regionLabels } from '../describe';
import { strings } from '../strings';
import { ProvenanceTag } from './ProvenanceTag';
import { useProtocolLang } from '../useProtocolLang';

/** Where a pressure limit applies, in words. */
function describeWhere(where: PressureRule['where']): string {
  if (where === undefined) return strings.rules.everywhere;
  const parts: string[] = [];
  if (where.regions !== undefined && where.regions.length > 0) {
    parts.push(joinList(regionLabels(where.regions)));
  }
  if (where.boneWithinMm !== undefined) parts.push(strings.rules.boneWithin(where.boneWithinMm));
  if (where.techniques !== undefined && where.techniques.length > 0) {
    parts.push(strings.rules.duringTechnique(joinList(where.techniques)));
  }
  return parts.length > 0 ? parts.join('; ') : strings.rules.everywhere;
}

/** One pressure rule: its text, the limit, where it applies, why, and where it comes from. */
export function PressureRuleItem({ rule }: { rule: PressureRule }) {
  const lang = useProtocolLang();
  return (
    <li className="rule">
      <p className="rule-text" {...lang}>
        {rule.text}
      </p>
      <p className="rule-meta">
        <strong>{strings.rules.maxPressure(rule.maxPressure)}</strong>. {strings.rules.where}:{' '}
        {describeWhere(rule.where)}.
      </p>
      {rule.why !== undefined && (
        <p>
          <strong>{strings.rules.why}: </strong>
          <span {...lang}>{rule.why}</span>
        </p>
      )}
      <ProvenanceTag provenance={rule.provenance} source={rule.source} />
    </li>
  );
}
