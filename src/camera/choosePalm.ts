/**
 * Which of the hands the detector found is the one to follow. A camera over a leg sees more
 * than one hand-like shape: both of the learner's hands, and the foot, which the detector can
 * take for a hand (seen in the camera test: it locked onto the toes and never let go). The hand
 * followed is one on the leg between the ankle and the groin; among those, the one nearest the
 * palm followed so far, so the arrow does not hop between two hands working side by side. Past
 * the ankle (the foot) or off the leg comes after, nearest the leg line first. A palm past an
 * end far from the hand followed is not that hand: the foot, seen in a frame where the hand was
 * missed, would put a stroke's samples back at the ankle for a frame and cut it in two.
 */
import { CONTACT_ON } from './handContact';
import { legLineLength, placeOnLegLine, type ImagePoint, type LegLine } from './legLine';

/** Ranks: on the leg between ankle and groin; on the line's band past an end; off the leg. */
const PAST_AN_END = 1e3;
const OFF_THE_LEG = 1e6;
/**
 * Farther than this share of the leg line (about 20 cm on an adult leg) from the palm followed,
 * a palm past an end is taken for the foot. Proximal's choice: a gliding hand moves less between
 * two detections (a second apart at the slowest, in software rendering).
 */
export const MAX_JUMP_PAST_END = 0.25;

/** Null when no palm was found, or only the foot far from the hand followed. */
export function choosePalm(
  palms: readonly ImagePoint[],
  line: LegLine,
  previous: ImagePoint | null,
): ImagePoint | null {
  const length = legLineLength(line) || 1;
  let best: ImagePoint | null = null;
  let bestScore = Infinity;
  for (const palm of palms) {
    const place = placeOnLegLine(line, palm);
    const offLine = place.distance / length;
    const pastAnEnd =
      (place.segment === 'lower' && place.fraction <= 0) ||
      (place.segment === 'upper' && place.fraction >= 1);
    const jump = previous ? Math.hypot(palm.x - previous.x, palm.y - previous.y) / length : 0;
    if (pastAnEnd && jump > MAX_JUMP_PAST_END) continue;
    const nearPrevious = previous ? jump : offLine;
    const score =
      offLine > CONTACT_ON
        ? OFF_THE_LEG + offLine
        : pastAnEnd
          ? PAST_AN_END + offLine
          : nearPrevious;
    if (score < bestScore) {
      best = palm;
      bestScore = score;
    }
  }
  return best;
}
