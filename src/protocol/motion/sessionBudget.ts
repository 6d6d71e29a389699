/**
 * How long a session runs for a requested length: within the protocol's session bounds and
 * its per-leg bounds at once. When the two cannot both hold, the per-leg bounds win (they say
 * what one leg needs).
 */
import type { Protocol } from '../schema';

export interface SessionBudget {
  perLegMinutes: number;
  totalMinutes: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function sessionBudget(
  timing: Protocol['timing'],
  requestedMinutes: number,
  legCount: number,
): SessionBudget {
  const legs = Math.max(1, Math.floor(legCount));
  const { sessionMinutes: session, perLegMinutes: perLeg } = timing;
  let lo = Math.max(perLeg.min, session.min / legs);
  let hi = Math.min(perLeg.max, session.max / legs);
  if (lo > hi) [lo, hi] = [perLeg.min, perLeg.max];
  // NaN asks for nothing in particular: the shortest session that satisfies the method.
  const wanted = Number.isNaN(requestedMinutes) ? lo : requestedMinutes / legs;
  const perLegMinutes = clamp(wanted, lo, hi);
  return { perLegMinutes, totalMinutes: perLegMinutes * legs };
}
