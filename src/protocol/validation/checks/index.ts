/** All checks that span several fields, run on a protocol that already fits the schema. */
import type { Protocol } from '../../schema';
import { adviseOnPhases } from './advice';
import { checkEssentials } from './essentials';
import type { Finding } from './finding';
import { checkPhaseOrder } from './phaseOrder';
import { checkStrokeDirection } from './strokeDirection';
import { checkPhaseShares, checkTiming } from './timing';
import { checkUniqueIds } from './uniqueIds';

export type { Finding } from './finding';

export function crossCheck(protocol: Protocol): Finding[] {
  return [
    ...checkUniqueIds(protocol),
    ...checkStrokeDirection(protocol),
    ...checkTiming(protocol),
    ...checkPhaseShares(protocol),
    ...checkPhaseOrder(protocol),
    ...checkEssentials(protocol),
    ...adviseOnPhases(protocol),
  ];
}
