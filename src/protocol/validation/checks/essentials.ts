/** What no protocol may leave out: the direction rule and a reason to stop. */
import type { Protocol } from '../../schema';
import { error, type Finding } from './finding';

export function checkEssentials(protocol: Protocol): Finding[] {
  const findings: Finding[] = [];
  if (!protocol.rules.some((r) => r.kind === 'direction')) {
    findings.push(
      error(
        ['rules'],
        'The rules must include a direction rule ("kind": "direction"): every stroke toward the heart',
      ),
    );
  }
  if (!protocol.contraindications.some((c) => c.severity === 'stop')) {
    findings.push(
      error(
        ['contraindications'],
        'At least one contraindication must have "severity": "stop" (for example a suspected blood clot)',
      ),
    );
  }
  return findings;
}
