/** Combinations that are allowed but probably not meant; reported as warnings. */
import { message } from '../../../i18n/message';
import type { Protocol, StrokeKind, Technique } from '../../schema';
import { PRESSURE_RANK, pressureLimit } from '../../pressureLimit';
import { warning, type Finding } from './finding';

const TECHNIQUE_OF: Record<StrokeKind, Technique> = {
  glide: 'effleurage',
  knead: 'petrissage',
  compress: 'petrissage',
};

export function adviseOnPhases(protocol: Protocol): Finding[] {
  const findings: Finding[] = [];
  protocol.phases.forEach((phase, p) => {
    const limit = pressureLimit(protocol.rules, { technique: phase.technique });
    if (PRESSURE_RANK[phase.pressure] > PRESSURE_RANK[limit.level]) {
      findings.push(
        warning(
          ['phases', p, 'pressure'],
          message('files:check.phasePressure', {
            phase: phase.id,
            pressure: phase.pressure,
            rule: String(limit.ruleId),
            limit: limit.level,
            technique: phase.technique,
          }),
        ),
      );
    }
    phase.strokes.forEach((stroke, s) => {
      if (TECHNIQUE_OF[stroke.kind] === phase.technique) return;
      findings.push(
        warning(
          ['phases', p, 'strokes', s, 'kind'],
          message('files:check.strokeTechnique', {
            kind: stroke.kind,
            technique: TECHNIQUE_OF[stroke.kind],
            phase: phase.id,
            phaseTechnique: phase.technique,
          }),
        ),
      );
    });
  });
  return findings;
}
