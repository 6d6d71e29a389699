/**
 * The protocol document: all of the method, nothing of the rendering. The default protocol
 * (`defaultProtocol.json`) is written in exactly this format, the same one a user imports.
 *
 * Places on the leg are named (landmarks, regions, aspects from `src/anatomy/names.ts`), never
 * given as 3D coordinates, so a protocol works on any model that carries those names.
 */
import { z } from '../files/zod';
import { MARK_KINDS, MARK_RADIUS_CM, MAX_KEEP_OFF_MARKS } from '../anatomy/keepOffMarks';
import {
  ASPECTS,
  LANDMARKS,
  LEG_SIDES,
  PRESSURE_LEVELS,
  REGIONS,
  type AspectName,
} from '../anatomy/names';
import { isLanguageTag } from './languageTag';
import { VISIBLE_CHARACTER } from './visibleText';

const PROTOCOL_FORMAT = 'proximal-protocol';
const PROTOCOL_VERSION = 1;

const text = z.string().trim().min(1, 'files:issue.notEmpty').max(2000);
/** A name shown as a heading or in a list: it must show something. */
const title = z
  .string()
  .trim()
  .min(1, { message: 'files:issue.notEmpty', abort: true })
  .regex(VISIBLE_CHARACTER, 'files:issue.invisible')
  .max(2000);
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'files:issue.idFormat')
  .max(60);

const landmarkName = z.enum(LANDMARKS);
const regionName = z.enum(REGIONS);
const aspectName = z.enum(ASPECTS as [AspectName, ...AspectName[]]);
const pressureLevel = z.enum(PRESSURE_LEVELS);
export const technique = z.enum(['effleurage', 'petrissage']);
export const depth = z.enum(['superficial', 'deep']);
/** The part of the hand that does the work. */
const handPart = z.enum(['palms', 'heel-of-hand', 'thumbs-and-fingers']);

/**
 * At least a minute for a leg or a session: less is not a massage, and one minute still holds a
 * pass of each of 20 phases at the shortest stroke (0.5 s plus the 1.5 s return). Without a
 * floor, 5e-324 minutes made a session of 0:00 that did nothing when played.
 */
const minutes = z.number().min(1, 'files:issue.minutesMin').max(600);

// A range whose ends are swapped is reported on the range itself: either end may be the wrong one.
const minutesRange = z
  .object({ min: minutes, max: minutes })
  .refine((r) => r.min <= r.max, { message: 'files:issue.minMax' });

const countRange = z
  .object({ min: z.number().int().min(0).max(50), max: z.number().int().min(0).max(50) })
  .refine((r) => r.min <= r.max, { message: 'files:issue.minMax' });

/** Where a statement comes from: the method's source text, or a teaching choice of Proximal. */
const provenance = z.enum(['method', 'proximal']);

/** Something Proximal says beyond the method text, with the published source it rests on. */
export const beyondGuideNote = z.object({ text, source: text });

export const setupStep = z.object({
  id,
  category: z.enum(['place', 'room', 'position', 'medium', 'supplies']),
  text,
  why: text.optional(),
});

/**
 * A stroke lane runs on one aspect of the leg (its θ) from the level of one landmark (its s)
 * to the level of another. The kind says how the hands move along it.
 */
/** A shift of a stroke's end along the leg, in hand widths (about 9 cm); + is toward the heart. */
const handWidths = z.number().min(-3).max(3);
const laneBase = {
  id,
  from: landmarkName,
  to: landmarkName,
  /** Where the stroke starts relative to `from`'s level, e.g. 0.6 above the Achilles insertion. */
  fromOffsetHands: handWidths.optional(),
  /** Where the stroke ends relative to `to`'s level, e.g. -1: a hand's width below the crease. */
  toOffsetHands: handWidths.optional(),
  aspect: aspectName,
  /**
   * The stroke's last stretch (this many hand widths before its end) turns from its aspect
   * toward a landmark, e.g. closing strokes that finish toward the inguinal nodes at the groin.
   */
  finishToward: z
    .object({ landmark: landmarkName, overHands: z.number().positive().max(6) })
    .optional(),
  description: text,
};
export const stroke = z.discriminatedUnion('kind', [
  /** Both palms glide together, side by side, in one long pass. */
  z.object({ kind: z.literal('glide'), ...laneBase, hands: z.literal('side-by-side') }),
  /** The hands grasp the muscle and knead it in turn, stepping upward. */
  z.object({ kind: z.literal('knead'), ...laneBase, hands: z.literal('alternating') }),
  /** One palm over the other presses the muscle, releases and moves up. */
  z.object({ kind: z.literal('compress'), ...laneBase, hands: z.literal('palm-over-palm') }),
]);

/** Teaching pace chosen by Proximal (the method gives no tempo or split between phases). */
const pacing = z.object({
  /** Strokes shown for this phase in the demonstration. */
  demoStrokes: z.number().int().min(1).max(20),
  /** Seconds for one pass along a lane. */
  strokeSeconds: z.number().min(0.5).max(60),
  /**
   * Relative share of a real session's time given to this phase. At least 0.1 (a thousandth of
   * the largest weight); that the share holds a whole stroke is checked across fields
   * (validation/checks/timing.ts).
   */
  sessionWeight: z.number().min(0.1).max(100),
});

export const phase = z.object({
  id,
  name: title,
  technique,
  depth,
  pressure: pressureLevel,
  hands: z.object({ parts: z.array(handPart).min(1), text }),
  regions: z.array(regionName).min(1),
  strokes: z.array(stroke).min(1).max(20),
  purpose: text,
  cues: z.array(text).min(1).max(20),
  /** What Proximal adds beyond the method about this phase (evidence, its own choices). */
  notes: z.array(beyondGuideNote).max(10).optional(),
  pacing,
});

/**
 * Where a pressure limit applies; every given condition must hold. A rule with no `where` is the
 * general limit; a rule limited only to techniques replaces it for those techniques (kneading may
 * go firmer); a rule limited to a place (regions, bone distance) caps every technique there.
 * Where several caps apply, the lightest wins. `pressureLimit.ts` implements exactly this.
 */
const pressureWhere = z.object({
  regions: z.array(regionName).optional(),
  /** Skin where the nearest bone is closer than this many millimetres. */
  boneWithinMm: z.number().positive().max(100).optional(),
  techniques: z.array(technique).optional(),
});

export const rule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('direction'),
    id,
    direction: z.literal('proximal'),
    text,
    why: text,
  }),
  z.object({
    kind: z.literal('pressure'),
    id,
    maxPressure: pressureLevel,
    /** Where the limit applies; absent means everywhere. */
    where: pressureWhere.optional(),
    text,
    why: text.optional(),
    provenance: provenance.default('method'),
    /** For a rule of Proximal's: the published source it rests on. */
    source: text.optional(),
  }),
  z.object({
    kind: z.literal('order'),
    id,
    sequence: z.array(depth).min(1).max(10),
    text,
  }),
]);

export const keepOffArea = z.object({
  id,
  region: regionName,
  text,
  why: text,
  provenance,
  source: text.optional(),
});

/**
 * A place on the leg to keep off (a wound, a rash, a varicose vein, a bruise), in chart
 * coordinates (`s` 0 at the toe tip to 1 at the groin; `theta` in degrees, 0 front, +90 inner
 * side) with its radius on the skin. A protocol may carry them; a user marks them on the leg.
 */
export const keepOffMark = z.object({
  id,
  kind: z.enum(MARK_KINDS),
  /** Absent: the same place on both legs. */
  leg: z.enum(LEG_SIDES).optional(),
  s: z.number().min(0, 'files:issue.sRange').max(1, 'files:issue.sRange'),
  theta: z.number().min(-180, 'files:issue.thetaRange').max(180, 'files:issue.thetaRange'),
  radiusCm: z
    .number()
    // files:issue.radiusRange says 1 and 15 cm: a test holds it to MARK_RADIUS_CM.
    .min(MARK_RADIUS_CM.min, 'files:issue.radiusRange')
    .max(MARK_RADIUS_CM.max, 'files:issue.radiusRange'),
  note: text.optional(),
});

export const contraindication = z.object({
  id,
  name: title,
  /**
   * emergency: call emergency services; stop: no massage at all; avoid-area: keep off the
   * affected area; consult: ask first.
   */
  severity: z.enum(['emergency', 'stop', 'avoid-area', 'consult']),
  signs: z.array(text).min(1).max(20),
  action: text,
  why: text.optional(),
  /** Absent: from the method. 'proximal': Proximal's addition, with its `source`. */
  provenance: provenance.optional(),
  source: text.optional(),
});

export const protocolSchema = z.object({
  format: z.literal(PROTOCOL_FORMAT),
  version: z.literal(PROTOCOL_VERSION),
  /** The language of the protocol's text, a BCP 47 tag; absent: English (`languageTag.ts`). */
  language: z.string().max(35).refine(isLanguageTag, 'files:issue.languageTag').optional(),
  id,
  title,
  summary: text,
  goal: text,
  source: z.object({ title, note: text }),
  disclaimer: text,
  pacingNote: text,
  setup: z.array(setupStep).min(1).max(30),
  phases: z.array(phase).min(1).max(20),
  rules: z.array(rule).min(1).max(30),
  keepOff: z.array(keepOffArea).max(20),
  timing: z.object({ sessionMinutes: minutesRange, perLegMinutes: minutesRange, text }),
  frequency: z.object({
    maintenance: z.object({ timesPerWeek: countRange, text }),
    intensive: z.object({
      timesPerWeek: countRange,
      text,
      /** Proximal's qualification of the method's advice, with its source. */
      note: beyondGuideNote.optional(),
    }),
    principle: text,
  }),
  contraindications: z.array(contraindication).min(1).max(30),
  /** Places on the leg this protocol keeps off, on top of the user's own marks. */
  keepOffMarks: z.array(keepOffMark).max(MAX_KEEP_OFF_MARKS).optional(),
});

export type Protocol = z.infer<typeof protocolSchema>;
export type Phase = z.infer<typeof phase>;
export type Stroke = z.infer<typeof stroke>;
export type StrokeKind = Stroke['kind'];
export type Rule = z.infer<typeof rule>;
export type PressureRule = Extract<Rule, { kind: 'pressure' }>;
export type Contraindication = z.infer<typeof contraindication>;
export type SetupStep = z.infer<typeof setupStep>;
export type KeepOffArea = z.infer<typeof keepOffArea>;
export type Technique = z.infer<typeof technique>;
export type BeyondGuideNote = z.infer<typeof beyondGuideNote>;
export type Depth = z.infer<typeof depth>;
