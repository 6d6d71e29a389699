/**
 * Phases go from superficial to deep and back: the first and the last are superficial, and the
 * sequence of depths follows every order rule.
 */
import { message } from '../../../i18n/message';
import type { Depth, Protocol } from '../../schema';
import { error, type Finding } from './finding';

/** Consecutive phases at the same depth count as one step of the order. */
function collapseRuns(depths: readonly Depth[]): Depth[] {
  return depths.filter((d, i) => i === 0 || depths[i - 1] !== d);
}

const arrow = (depths: readonly Depth[]) => depths.join(' → ');

export function checkPhaseOrder(protocol: Protocol): Finding[] {
  const { phases } = protocol;
  const last = phases.length - 1;
  const findings: Finding[] = [];
  const first = phases[0];
  if (first && first.depth !== 'superficial') {
    findings.push(error(['phases', 0, 'depth'], message('files:check.firstSuperficial')));
  }
  const final = phases[last];
  if (last > 0 && final && final.depth !== 'superficial') {
    findings.push(error(['phases', last, 'depth'], message('files:check.lastSuperficial')));
  }
  // Compare with the order rules only once the ends are right, so one wrong depth is one error.
  if (findings.length > 0) return findings;
  const actual = collapseRuns(phases.map((p) => p.depth));
  protocol.rules.forEach((rule, r) => {
    if (rule.kind !== 'order') return;
    const wanted = collapseRuns(rule.sequence);
    if (arrow(wanted) === arrow(actual)) return;
    findings.push(
      error(
        ['rules', r, 'sequence'],
        message('files:check.order', { actual: arrow(actual), wanted: arrow(wanted) }),
      ),
    );
  });
  return findings;
}
