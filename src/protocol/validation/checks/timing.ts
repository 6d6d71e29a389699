/**
 * The minutes for each leg fit inside the minutes for the whole session, and every phase's share
 * of the shortest leg holds at least one stroke.
 */
import { RETURN_SECONDS } from '../../motion/pacing';
import { sessionBudget } from '../../motion/sessionBudget';
import { message } from '../../../i18n/message';
import type { Protocol } from '../../schema';
import { jsonPath } from '../jsonPath';
import { error, warning, type Finding } from './finding';

export function checkTiming(protocol: Protocol): Finding[] {
  const { sessionMinutes: session, perLegMinutes: perLeg } = protocol.timing;
  const path = ['timing'];
  const findings: Finding[] = [];
  if (perLeg.max > session.max) {
    findings.push(
      error(
        path,
        message('files:check.legLongerThanSession', { perLeg: perLeg.max, session: session.max }),
      ),
    );
  }
  if (perLeg.min * 2 > session.max) {
    findings.push(
      error(
        path,
        message('files:check.twoLegsTooLong', { minutes: perLeg.min * 2, session: session.max }),
      ),
    );
  }
  if (perLeg.max * 2 < session.min) {
    findings.push(
      error(
        path,
        message('files:check.twoLegsTooShort', { minutes: perLeg.max * 2, session: session.min }),
      ),
    );
  }
  if (findings.length === 0 && perLeg.max < session.min) {
    findings.push(
      warning(
        path,
        message('files:check.oneLegShort', { perLeg: perLeg.max, session: session.min }),
      ),
    );
  }
  return findings;
}

const seconds = (x: number) => Number(x.toPrecision(2));

/**
 * A phase whose weight leaves it less than one pass (stroke and return) in the shortest time a
 * leg gets: a real session would rush that stroke faster than the protocol's own tempo.
 */
export function checkPhaseShares(protocol: Protocol): Finding[] {
  const shortestLeg = Math.min(
    sessionBudget(protocol.timing, 0, 1).perLegMinutes,
    sessionBudget(protocol.timing, 0, 2).perLegMinutes,
  );
  const totalWeight = protocol.phases.reduce((sum, p) => sum + p.pacing.sessionWeight, 0);
  return protocol.phases.flatMap((phase, index) => {
    const share = (shortestLeg * 60 * phase.pacing.sessionWeight) / totalWeight;
    const pass = phase.pacing.strokeSeconds + RETURN_SECONDS;
    // A share equal to a pass, give or take rounding, holds it.
    if (share >= pass * (1 - 1e-9)) return [];
    return [
      error(
        ['phases', index, 'pacing'],
        message('files:check.phaseShare', {
          phase: phase.name,
          share: seconds(share),
          leg: shortestLeg,
          timingPath: jsonPath(['timing']),
          stroke: phase.pacing.strokeSeconds,
          back: RETURN_SECONDS,
          phasesPath: jsonPath(['phases']),
        }),
      ),
    ];
  });
}
