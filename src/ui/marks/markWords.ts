/** A marked place in words: "back of the calf", from the regions and the nearest side there. */
import type { KeepOffMark } from '../../anatomy/keepOffMarks';
import type { RegionName } from '../../anatomy/names';
import { regionsAt, type ChartLandmarks } from '../../anatomy/regions';
import { nearestAspect } from '../../practice/placeWords';
import { t } from '../../i18n/instance';
import { ASPECT_LABELS, MARK_KIND_LABELS, MARK_TEXT, REGION_LABELS } from '../strings';

const SIDED_REGIONS: ReadonlySet<RegionName> = new Set<RegionName>([
  'thigh_anterior',
  'thigh_posterior',
  'thigh_medial',
  'thigh_lateral',
  'popliteal_fossa',
  'femoral_triangle',
  'groin',
]);

export function markWhere(
  mark: Pick<KeepOffMark, 's' | 'theta'>,
  landmarks: ChartLandmarks,
): string {
  const region = regionsAt(mark.s, mark.theta, landmarks)[0];
  const side = ASPECT_LABELS[nearestAspect(mark.theta)];
  if (region === undefined) return t('marks:where.side', { side });
  // These regions already say which side they are on.
  if (SIDED_REGIONS.has(region)) return t('marks:where.sided', { region: REGION_LABELS[region] });
  return t('marks:where.sideOf', { side, region: REGION_LABELS[region] });
}

/** "Wound, 8 cm across, back of the calf, right leg". */
export function markDescription(mark: KeepOffMark, landmarks: ChartLandmarks | null): string {
  const where = landmarks === null ? '' : markWhere(mark, landmarks);
  return MARK_TEXT.item(MARK_KIND_LABELS[mark.kind], 2 * mark.radiusCm, where, mark.leg);
}
