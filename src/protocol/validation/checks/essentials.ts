/** What no protocol may leave out: the direction rule and a reason to stop. */
import { message } from '../../../i18n/message';
import type { Protocol } from '../../schema';
import { error, type Finding } from './finding';

export function checkEssentials(protocol: Protocol): Finding[] {
  const findings: Finding[] = [];
  if (!protocol.rules.some((r) => r.kind === 'direction')) {
    findings.push(error(['rules'], message('files:check.directionRule')));
  }
  if (!protocol.contraindications.some((c) => c.severity === 'stop')) {
    findings.push(error(['contraindications'], message('files:check.stopContraindication')));
  }
  return findings;
}
