/**
 * Every fixed, user-visible string of the DOM interface, in one place. Text that belongs to the
 * method (phase names, cues, contraindications…) comes from the protocol document instead.
 *
 * The anatomical catalogs are typed as complete records, so a name added to
 * `src/anatomy/names.ts` or `src/protocol/schema.ts` without a human label fails to compile.
 */
import type { AspectName, LandmarkName, PressureLevel, RegionName } from '../anatomy/names';
import type {
  Contraindication,
  Depth,
  Phase,
  SetupStep,
  StrokeKind,
  Technique,
} from '../protocol/schema';

type HandPart = Phase['hands']['parts'][number];
type Severity = Contraindication['severity'];
type SetupCategory = SetupStep['category'];

/** Skin regions, as a learner would say them, with the anatomical term where it helps. */
export const REGION_LABELS: Record<RegionName, string> = {
  foot: 'foot',
  ankle: 'ankle',
  shin: 'shin',
  calf: 'calf',
  knee: 'knee',
  popliteal_fossa: 'back of the knee (popliteal fossa)',
  thigh_anterior: 'front of the thigh (quadriceps)',
  thigh_posterior: 'back of the thigh (hamstrings)',
  thigh_medial: 'inner thigh (adductors)',
  thigh_lateral: 'outer thigh',
  groin: 'groin',
  femoral_triangle: 'top of the inner thigh, just below the groin (femoral triangle)',
};

/** Landmarks in plain words. */
export const LANDMARK_LABELS: Record<LandmarkName, string> = {
  toe_tip: 'the tips of the toes',
  heel: 'the heel',
  medial_malleolus: 'the inner ankle bone',
  lateral_malleolus: 'the outer ankle bone',
  achilles_insertion: 'the Achilles tendon',
  tibial_tuberosity: 'the bump below the kneecap',
  patella_centre: 'the kneecap',
  popliteal_crease: 'the back of the knee',
  medial_femoral_condyle: 'the inner side of the knee',
  greater_trochanter: 'the hip',
  pubic_tubercle: 'the pubic bone',
  groin_crease: 'the groin crease',
  saphenofemoral_junction: 'the top of the inner thigh, below the groin',
  saphenopopliteal_junction: 'the back of the knee',
};

/** Aspects of the leg, used as "<aspect> of the leg". */
export const ASPECT_LABELS: Record<AspectName, string> = {
  anterior: 'front',
  anteromedial: 'front and inner side',
  medial: 'inner side',
  posteromedial: 'back and inner side',
  posterior: 'back',
  posterolateral: 'back and outer side',
  lateral: 'outer side',
  anterolateral: 'front and outer side',
};

export const TECHNIQUE_LABELS: Record<Technique, string> = {
  effleurage: 'Effleurage: long, gliding strokes',
  petrissage: 'Petrissage: kneading and compressing the muscle',
};

export const DEPTH_LABELS: Record<Depth, string> = {
  superficial: 'Superficial (the skin and just below it)',
  deep: 'Deep (into the muscle)',
};

export const PRESSURE_LABELS: Record<PressureLevel, string> = {
  light: 'Light',
  moderate: 'Moderate',
  firm: 'Firm',
};

export const HAND_PART_LABELS: Record<HandPart, string> = {
  palms: 'palms',
  'heel-of-hand': 'heel of the hand',
  'thumbs-and-fingers': 'thumbs and fingers',
};

export const STROKE_KIND_LABELS: Record<StrokeKind, string> = {
  glide: 'Glide, both palms side by side',
  knead: 'Knead, hands alternating',
  compress: 'Compress, one palm over the other',
};

export const SETUP_CATEGORY_LABELS: Record<SetupCategory, string> = {
  place: 'Place',
  room: 'Room',
  position: 'Position',
  medium: 'Oil or lotion',
  supplies: 'Supplies',
};

/** Severity of a contraindication: the fixed instruction shown above the protocol's own text. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  stop: 'Stop. Do not massage. Seek medical attention at once.',
  'avoid-area': 'Keep off the affected area.',
  consult: 'Ask a health professional first.',
};

/** A range such as 15–30, or a single number when both ends agree. */
function range(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

export const strings = {
  app: {
    name: 'Proximal',
    purpose: 'Learn, teach and check circulatory leg massage: every stroke toward the heart.',
    notDiagnosis:
      'Health education, not a diagnosis. Proximal cannot tell whether a leg is safe to massage. When in doubt, ask a health professional.',
  },
  contents: {
    title: 'On this page',
  },
  safety: {
    title: 'Safety first: when not to massage',
    intro: 'Check these before every session. If one applies, follow what it says.',
    signs: 'Signs',
    action: 'What to do',
    why: 'Why',
  },
  intro: {
    goal: 'Goal',
  },
  setup: {
    title: 'Before you start',
    intro: 'Tick each step as you prepare. The ticks are only for you and are not saved.',
  },
  phases: {
    title: 'The massage, phase by phase',
    phaseNumber: (n: number, total: number) => `Phase ${n} of ${total}`,
    technique: 'Technique',
    depth: 'Depth',
    pressure: 'Pressure',
    hands: 'Hands',
    regions: 'Where',
    strokes: 'Strokes',
    purpose: 'Why',
    cues: 'Cues while you work',
  },
  lanes: {
    path: (from: string, to: string, aspect: string, direction: 'up' | 'down' | 'across') =>
      `from ${from} ${direction === 'across' ? 'across' : direction} to ${to}, ${aspect} of the leg`,
  },
  pacing: {
    label: "Proximal's teaching pace (not in the source method)",
    details: (strokes: number, seconds: number, sharePercent: number) =>
      `${strokes} ${strokes === 1 ? 'stroke' : 'strokes'} in the demonstration, about ${seconds} seconds a stroke, about ${sharePercent}% of a full session.`,
  },
  rules: {
    title: 'Rules for direction and pressure',
    direction: 'Always toward the heart',
    why: 'Why',
    maxPressure: (level: string) => `At most: ${level.toLowerCase()} pressure`,
    where: 'Applies to',
    everywhere: 'the whole leg',
    boneWithin: (mm: number) => `skin where bone lies within ${mm} mm of the surface`,
    duringTechnique: (names: string) => `while using ${names}`,
    order: 'Order of the session',
    keepOffTitle: 'Where not to press',
  },
  provenance: {
    proximal: "Proximal's teaching choice (not in the source method)",
  },
  timing: {
    title: 'How long and how often',
    session: 'Whole session',
    perLeg: 'Each leg',
    minutes: (min: number, max: number) => `${range(min, max)} minutes`,
    maintenance: 'For general maintenance',
    intensive: 'For chronic fluid retention or fatigue',
    timesPerWeek: (min: number, max: number) =>
      min === 7 && max === 7 ? 'daily' : `${range(min, max)} times a week`,
    principle: 'What matters most',
  },
  about: {
    title: 'About this guide',
    source: 'Source',
    pacing: 'Teaching pace',
    disclaimer: 'Please read',
  },
  loadError: {
    title: 'The massage guide could not be shown',
    intro:
      'The protocol built into Proximal did not pass its checks, so the method is not shown rather than shown wrongly. This is a fault in Proximal; please report it with the details below.',
    details: 'Problems found',
    safety:
      'Safety first, always: if one leg suddenly swells, turns red, feels hot or hurts sharply, do not massage it. Seek medical attention at once.',
  },
} as const;
