/** Every stroke runs toward the heart: its lane starts lower on the leg than it ends. */
import { LANDMARK_LEVEL } from '../../../anatomy/names';
import { message } from '../../../i18n/message';
import type { Protocol } from '../../schema';
import { error, type Finding } from './finding';

export function checkStrokeDirection(protocol: Protocol): Finding[] {
  const findings: Finding[] = [];
  protocol.phases.forEach((phase, p) => {
    phase.strokes.forEach((stroke, s) => {
      const from = LANDMARK_LEVEL[stroke.from];
      const to = LANDMARK_LEVEL[stroke.to];
      if (from < to) return;
      const key = from === to ? 'files:check.sameHeight' : 'files:check.awayFromHeart';
      const values = { stroke: stroke.id, from: stroke.from, to: stroke.to };
      findings.push(error(['phases', p, 'strokes', s], message(key, values)));
    });
  });
  return findings;
}
