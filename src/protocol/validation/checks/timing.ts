/** The minutes for each leg fit inside the minutes for the whole session. */
import type { Protocol } from '../../schema';
import { error, warning, type Finding } from './finding';

export function checkTiming(protocol: Protocol): Finding[] {
  const { sessionMinutes: session, perLegMinutes: perLeg } = protocol.timing;
  const path = ['timing'];
  const findings: Finding[] = [];
  if (perLeg.max > session.max) {
    findings.push(
      error(
        path,
        `One leg may take up to ${perLeg.max} minutes, longer than the longest session (${session.max} minutes)`,
      ),
    );
  }
  if (perLeg.min * 2 > session.max) {
    findings.push(
      error(
        path,
        `Two legs at the shortest time per leg take ${perLeg.min * 2} minutes, more than the longest session (${session.max} minutes)`,
      ),
    );
  }
  if (perLeg.max * 2 < session.min) {
    findings.push(
      error(
        path,
        `Two legs at the longest time per leg take ${perLeg.max * 2} minutes, less than the shortest session (${session.min} minutes)`,
      ),
    );
  }
  if (findings.length === 0 && perLeg.max < session.min) {
    findings.push(
      warning(
        path,
        `A session for one leg lasts at most ${perLeg.max} minutes, shorter than the shortest session (${session.min} minutes)`,
      ),
    );
  }
  return findings;
}
