/** Every stroke runs toward the heart: its lane starts lower on the leg than it ends. */
import { LANDMARK_LEVEL } from '../../../anatomy/names';
import type { Protocol } from '../../schema';
import { error, type Finding } from './finding';

export function checkStrokeDirection(protocol: Protocol): Finding[] {
  const findings: Finding[] = [];
  protocol.phases.forEach((phase, p) => {
    phase.strokes.forEach((stroke, s) => {
      const from = LANDMARK_LEVEL[stroke.from];
      const to = LANDMARK_LEVEL[stroke.to];
      if (from < to) return;
      const how =
        from === to
          ? `"${stroke.from}" and "${stroke.to}" are at the same height on the leg`
          : `"${stroke.from}" is higher on the leg than "${stroke.to}", so it would run away from the heart`;
      findings.push(
        error(
          ['phases', p, 'strokes', s],
          `Stroke "${stroke.id}" must run toward the heart, from a lower landmark to a higher one, but ${how}`,
        ),
      );
    });
  });
  return findings;
}
