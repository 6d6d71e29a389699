import { asisRef } from './anatomy/pelvis';
import type { Body } from './body';
import { arcLengths, catmullRom } from './curve';
import { skinOverHorizontal } from './placement';
import { bandMesh } from './shapes';
import type { RawMesh } from './surfaceNets';
import type { V3 } from './vec';
import { dist, lerp3, scale, sub } from './vec';

/**
 * The inguinal ligament: the folded lower edge of the external oblique aponeurosis, from the
 * anterior superior iliac spine (ASIS) to the pubic tubercle; the base of the femoral triangle,
 * with the femoral vessels passing under it (Gray's). Figures:
 * - ASIS from the hip joint centre by Bell et al. 1989 (`anatomy/pelvis.ts`), under 9.7 mm of
 *   skin and fat (CT, 67 adults: 9.7 ± 7.0 mm; Mantovani et al. 2016, Gait Posture 44:48);
 * - the pubic tubercle where the veins place it (level with the trochanter's tip, ~2 cm medial
 *   to the common femoral vein, which passes under the band ~1 cm medial to the mid-inguinal
 *   point: `veins.ts`);
 * - the course bows down below the straight line between them: 8.2 ± 5.9 mm at its lowest
 *   (CT, 52 of 54 patients; "Poorly recognized age-related downward deviation of the inguinal
 *   ligament", Int Urogynecol J 2017);
 * - a band ~1 cm wide and ~3 mm thick ⚠ (set by eye: no morphometric source found).
 */
const ASIS_SKIN_DEPTH = 0.0097;
const BOW = 0.0082;
const HALF_WIDTH = 0.005;
const HALF_THICKNESS = 0.0015;
const SAMPLES = 24;
/** Least depth of the band's centre under the skin (m). */
const MIN_DEPTH = 0.005;

export interface InguinalLigament {
  /** From the ASIS (first point) to the pubic tubercle (last point), metres. */
  readonly centreline: V3[];
  /** The skin's outward normal over each centreline point: the band's face normal. */
  readonly up: V3[];
  readonly halfWidths: number[];
  readonly halfThickness: number;
  readonly lengthMm: number;
}

/** The skin point over the ASIS, horizontally out from the leg's axis (as other landmarks). */
export function asisSkinPoint(body: Body): V3 {
  return skinOverHorizontal(body, body.layout.p(...asisRef()));
}

/** The ligament's course under the skin, from the ASIS to the given pubic tubercle. */
export function inguinalLigament(body: Body, pubicTubercle: V3): InguinalLigament {
  const L = body.layout;
  const asisSkin = asisSkinPoint(body);
  const asisDepth = L.r(ASIS_SKIN_DEPTH, asisRef()[1]);
  const asis = sub(asisSkin, scale(body.field.normal(...asisSkin), asisDepth));
  // The leg's skin runs close over the tubercle where the thigh meets the trunk: the band is
  // kept at least a few millimetres under it so it never breaks the surface.
  const minDepth = L.r(MIN_DEPTH, asisRef()[1]);
  const ptSkin = skinOverHorizontal(body, pubicTubercle);
  const ptDepth = Math.max(minDepth, dist(ptSkin, pubicTubercle));
  const pt =
    ptDepth > dist(ptSkin, pubicTubercle)
      ? sub(ptSkin, scale(body.field.normal(...ptSkin), ptDepth))
      : pubicTubercle;
  const bow = L.r(BOW, asisRef()[1]);
  // Each sample: the bowed chord point, brought to the depth (interpolated between the two
  // attachments) under the skin over it, so the band follows the groin's curve.
  const guide: V3[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    if (i === 0 || i === SAMPLES) {
      guide.push(i === 0 ? asis : pt);
      continue;
    }
    const chord = lerp3(asis, pt, t);
    chord[1] -= bow * 4 * t * (1 - t);
    const skin = skinOverHorizontal(body, chord);
    const depth = Math.max(minDepth, asisDepth + (ptDepth - asisDepth) * t);
    guide.push(sub(skin, scale(body.field.normal(...skin), depth)));
  }
  const centreline = catmullRom(guide, 0.005);
  const ls = arcLengths(centreline);
  const total = ls[ls.length - 1]!;
  const halfWidth = L.r(HALF_WIDTH, asisRef()[1]);
  return {
    centreline,
    up: centreline.map((p) => body.field.normal(...skinOverHorizontal(body, p))),
    // Narrower where it attaches to bone.
    halfWidths: ls.map((l) => {
      const e = Math.min(l, total - l) / total;
      return halfWidth * (0.6 + 0.4 * Math.min(1, e / 0.12));
    }),
    halfThickness: L.r(HALF_THICKNESS, asisRef()[1]),
    lengthMm: total * 1000,
  };
}

export function inguinalLigamentMesh(lig: InguinalLigament): RawMesh {
  return bandMesh(lig.centreline, lig.up, lig.halfWidths, lig.halfThickness, 10);
}
