/**
 * Every fixed, user-visible string of the DOM interface, in one place. Text that belongs to the
 * method (phase names, cues, contraindications…) comes from the protocol document instead.
 *
 * The anatomical catalogs are typed as complete records, so a name added to
 * `src/anatomy/names.ts` or `src/protocol/schema.ts` without a human label fails to compile.
 */
import type {
  AspectName,
  LandmarkName,
  LegSide,
  PressureLevel,
  RegionName,
} from '../anatomy/names';
import type { ZoneLevel } from '../protocol/zones';
import type { Contraindication, Depth, SetupStep, StrokeKind, Technique } from '../protocol/schema';
import type { TimingMode } from '../state/playbackStore';
import type { ShortcutKind } from '../state/shortcuts';
import type { CameraPreset, LayerName } from '../state/viewStore';

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
  femoral_triangle: 'femoral triangle (the top of the inner thigh, just below the groin crease)',
  fibular_head:
    'outer side just below the knee, over the head of the fibula (common fibular nerve)',
  tarsal_tunnel: 'inner ankle, behind the ankle bone (tibial nerve)',
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
  medial_femoral_condyle: 'just above the knee',
  greater_trochanter: 'the hip',
  pubic_tubercle: 'the pubic bone',
  groin_crease: 'the groin crease',
  saphenofemoral_junction: 'the femoral triangle, just below the groin',
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
  emergency:
    'Emergency. Call emergency services now (112 in Europe, 999 in the UK, 911 in North America).',
  stop: 'Stop. Do not massage. Seek medical attention at once.',
  'avoid-area': 'Keep off the affected area.',
  consult: 'Ask a health professional first.',
};

/** A range such as 15–30, or a single number when both ends agree. */
function range(min: number, max: number): string {
  return min === max ? `${min}` : `${min}–${max}`;
}

/** 20000 → "20,000" (toLocaleString loads locale data: a long task of its own on first use). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

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
    /** Tags the contraindications that Proximal adds to the guide's. */
    beyondGuide: 'Beyond the guide',
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
    beyondGuide: 'Beyond the guide',
    source: 'Source',
  },
  endangerment: {
    title: 'Places where nerves and vessels lie close under the skin',
    intro:
      'Massage teaching calls these endangerment sites: no kneading or compression there, only light gliding strokes. The pressure map spares the first two; the other two are small, so keep your pressure light when your hands pass them.',
    sites: [
      'The hollow behind the knee (popliteal fossa): the popliteal artery and vein and the tibial nerve.',
      'The femoral triangle, the top of the inner thigh just below the groin crease: the femoral artery, vein and nerve.',
      'The head of the fibula, the bony bump on the outer side just below the knee: the common fibular nerve winds around it.',
      'Behind the inner ankle bone (medial malleolus): the tibial nerve and the posterior tibial artery.',
    ],
    source:
      'Werner R., “Take the Danger Out of Endangerment Sites”, Massage & Bodywork, 2020. The guide names none of them as places to spare.',
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

/** The 3D stage of the trainer: loading, faults and fallbacks. */
export const STAGE_TEXT = {
  modelFailed: 'The 3D leg could not be loaded.',
  retry: 'Try again',
  noWebGL:
    'This browser cannot show 3D graphics (WebGL is off or missing), so Proximal shows the method as text. Everything you need to do the massage safely is here.',
  sceneCrashed:
    'The 3D view stopped working. The method is shown as text below; reload the page to try the 3D view again.',
  contextLost: 'The graphics card was reset. Restoring the 3D view…',
  canvasLabel: '3D leg showing where the hands go, in which direction and how hard',
  modeTrain: 'Watch',
  modePractice: 'Practice',
  modeRead: 'Read',
  modesLabel: 'View',
} as const;

// ==========================================================================================
// Trainer (src/ui/trainer): the side panel, transport, view controls, legend, presenter mode
// and help. Everything below is used only by the trainer layout.
// ==========================================================================================

export const CAMERA_LABELS: Record<CameraPreset, string> = {
  front: 'Front',
  medial: 'Medial',
  lateral: 'Lateral',
  back: 'Back',
  self: 'Self-massage',
};

/** What each camera preset looks at, for the button's tooltip and the help. */
export const CAMERA_HINTS: Record<CameraPreset, string> = {
  front: 'The front of the leg',
  medial: 'The inner side of the leg',
  lateral: 'The outer side of the leg',
  back: 'The back of the leg',
  self: 'Down the leg from the hip, as you see your own leg',
};

export const LEG_LABELS: Record<LegSide, string> = {
  right: 'Right',
  left: 'Left',
};

export const LAYER_LABELS: Record<LayerName, string> = {
  skin: 'Skin',
  zones: 'Pressure zones',
  lanes: 'Stroke lanes and arrows',
  hands: 'Hands',
  muscles: 'Muscles',
  bones: 'Bones',
  veins: 'Veins',
  valves: 'Venous valves',
  lymph: 'Lymph nodes',
  landmarks: 'Landmarks',
};

export const TIMING_LABELS: Record<TimingMode, string> = {
  demo: 'Demonstration',
  session: 'Real session',
};

/** The title of each pressure zone in the legend. */
export const ZONE_TITLES: Record<ZoneLevel, string> = {
  'keep-off': 'Keep off',
  light: 'Light only',
  moderate: 'Up to moderate',
  firm: 'Firm (kneading)',
};

/** The keyboard shortcuts as the help lists them: the keys, and what they do. */
export const SHORTCUT_HELP: Record<ShortcutKind, { keys: string; does: string }> = {
  'toggle-play': { keys: 'Space', does: 'Play or pause' },
  'seek-by': { keys: '← / →', does: 'Back or forward 5 seconds' },
  'step-phase': {
    keys: 'Shift + ← / →, Page Up / Page Down',
    does: 'Previous or next phase',
  },
  camera: { keys: '1 – 5', does: 'Camera: front, medial, lateral, back, self-massage' },
  'hands-close-up': {
    keys: 'C',
    does: 'Close-up of the hands, from where the technique shows best',
  },
  'toggle-leg': { keys: 'L', does: 'Switch between the right and the left leg' },
  'toggle-presenter': { keys: 'P', does: 'Presenter mode on or off (full screen)' },
  'open-help': { keys: '? or H', does: 'This help' },
  'toggle-zones': { keys: 'Z', does: 'Pressure zones on or off' },
  'speed-step': { keys: '+ / −', does: 'Faster or slower' },
  'exit-presenter': { keys: 'Esc', does: 'Leave presenter mode, close a dialog' },
};

export const trainerStrings = {
  panel: {
    label: 'Lesson',
  },
  modal: {
    close: 'Close',
  },
  safetyStrip: {
    label: 'Safety',
    allChecks: 'All safety checks',
  },
  safetyDialog: {
    title: 'All safety checks',
    openGuide: 'Open the full guide',
  },
  direction: {
    why: 'Why?',
  },
  outline: {
    title: 'Phases',
    setup: 'Setup: before you start',
  },
  setup: {
    ready: (done: number, total: number) => `${done} of ${total} ready`,
    start: 'Done: go to phase 1',
  },
  phaseCard: {
    strokeShown: 'Stroke shown',
    timeInPhase: 'Time in this phase',
    leg: (leg: string) => `${leg} leg`,
    loading: 'The leg model is loading; the phases below are from the guide.',
  },
  transport: {
    label: 'Playback',
    play: 'Play',
    pause: 'Pause',
    previous: 'Previous phase',
    next: 'Next phase',
    scrubber: 'Position in the lesson',
    scrubberValue: (time: string, total: string, phase: string) => `${time} of ${total}, ${phase}`,
    time: 'Time',
    /** Between the playhead and the lesson's length, for screen readers ("1:05 of 2:12"). */
    timeOf: 'of',
    speed: 'Speed',
    speedOption: (speed: number) => `${speed}×`,
    loop: 'Loop phase',
    timing: 'Timing',
    minutes: 'Session minutes',
    bounds: (min: number, max: number) => `${min}–${max} min`,
  },
  view: {
    label: 'View',
    camera: 'Camera',
    leg: 'Leg',
    legButton: (leg: string) => `${leg} leg`,
    layers: 'Layers',
    skinOpacity: 'Skin opacity',
    presenter: 'Presenter',
    handsCloseUp: 'Hands',
    handsCloseUpHint:
      'Close-up of the hands of this stroke, from where the technique shows best (C)',
    help: 'Help',
    helpLabel: 'Help and keyboard shortcuts',
    copyLink: 'Copy link',
    copyLinkLabel: 'Copy link to this view',
    linkCopied: 'Link copied',
    copyFallback: 'Copy this link to share this view:',
  },
  legend: {
    title: 'Pressure zones',
    placesYouMark: 'Places you mark to keep off (a wound, a rash, a varicose vein).',
    rings: 'Rings under the hands show the pressure: 1 light, 2 moderate, 3 firm.',
    why: 'Why?',
  },
  help: {
    title: 'Help: keys and symbols',
    shortcuts: 'Keyboard shortcuts',
    key: 'Keys',
    action: 'What they do',
    symbols: 'What the leg shows',
    arrows: 'Arrows on the lanes point the way the hands move: always toward the heart.',
    lanes:
      'The lane being stroked is bright; its brighter part is the trail behind the hands. Between strokes the hands lift and go back; they never glide down (Proximal’s choice: in Swedish massage the hands often keep a light contact on the way back).',
    rings: 'Rings under each palm show the pressure: 1 ring light, 2 moderate, 3 firm.',
    zones: 'Skin colours show the most pressure each place tolerates:',
  },
  announce: {
    phase: (n: number, total: number, name: string) => `Phase ${n} of ${total}: ${name}`,
    phaseOnLeg: (n: number, total: number, name: string, leg: string) =>
      `Phase ${n} of ${total}: ${name}, ${leg} leg`,
  },
} as const;

/** Labels on the hip and trunk drawn above the leg for context. */
export const CONTEXT_TEXT = {
  toHeart: 'To the heart ↑',
} as const;

const MIT_NOTICE = `MIT License

Copyright (c) 2019 Amazon

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished
to do so, subject to the following conditions:

The above copyright notice and this permission notice (including the next
paragraph) shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS
OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF
OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** Third-party work shipped in the app (shown in the help), with its licence notice. */
export const CREDITS = {
  title: 'Credits',
  items: [
    {
      name: '@webxr-input-profiles/assets',
      what: 'the rigged hand models (generic-hand)',
      licence: 'MIT License',
      copyright: '© 2019 Amazon',
      notice: MIT_NOTICE,
    },
  ],
} as const;

/** Labels in the 3D setup picture (the leg raised on a wedge). */
export const SETUP_TEXT = {
  heart: 'Heart level',
  footAboveHeart: 'Foot above the heart',
} as const;

// ==========================================================================================
// Practice (src/ui/practice, src/scene/practice): drawing a stroke on the leg, its check, the
// valve replay, drills and trace files. Everything below is used only by practice mode.
// ==========================================================================================

// The section's own imports (hoisted like any import), so it stays in one piece.
import type { DrillCheck } from '../practice/drills';
import type { DirectionVerdict } from '../practice/strokeDirection';
import type { TempoJudgement } from '../practice/strokeTempo';

/** The verdict on a stroke's direction, in big words. */
export const VERDICT_LABELS: Record<DirectionVerdict, string> = {
  proximal: 'Toward the heart ✓',
  distal: 'Away from the heart ✗',
  mixed: 'Mixed',
  'too-short': 'Too short to judge',
};

/** What each drill check is about, for the session summary. */
export const DRILL_CHECK_LABELS: Record<DrillCheck, string> = {
  direction: 'Direction (toward the heart)',
  coverage: 'Covering the whole stretch',
  aspect: 'Staying on the right side of the leg',
  pressure: 'Pressure for the stroke',
  zone: 'Pressure the skin allows',
  tempo: 'Tempo',
};

export const TEMPO_LABELS: Record<TempoJudgement, string> = {
  'too fast': 'Too fast',
  'about right': 'About right',
  'too slow': 'Too slow',
};

const percent = (share: number) => `${Math.round(share * 100)} %`;
const millilitres = (ml: number) => (ml >= 10 ? ml.toFixed(0) : ml.toFixed(1));

export const practiceStrings = {
  panel: {
    label: 'Practice',
  },
  hint: {
    idle: 'Drag on the leg to draw a stroke. Drag beside it to turn the view.',
    drawing: 'Drawing… lift to have the stroke checked.',
  },
  pressure: {
    legend: 'Pressure you draw with',
    pen: 'Use my pen’s pressure',
    penHint:
      'With a pen that senses pressure, a light touch draws light, a middling one moderate and a hard one firm.',
  },
  view: {
    legend: 'Leg and view',
    leg: 'Leg',
    camera: 'Look at',
  },
  feedback: {
    title: 'Your stroke',
    empty: 'Draw a stroke on the leg, or import a trace file, to have it checked here.',
    proximalShare: (share: number) => `${percent(share)} of the path runs toward the heart.`,
    pieces: (count: number) =>
      `Drawn in ${count} pieces (the pointer left the leg or paused): the jumps between them are not judged.`,
    closest: 'Closest stroke',
    lane: (phase: string, description: string, score: number) =>
      `${phase}: ${description} (match ${percent(score)})`,
    region: (region: string) => `No stroke of the guide runs here; mostly on the ${region}.`,
    tempo: 'Tempo',
    tempoValue: (judgement: string, ratio: number) =>
      `${judgement}: ${ratio.toFixed(1)}× the demonstration’s pace`,
    tips: 'Tips',
    guideSays: 'The guide says:',
    clear: 'Clear the stroke',
    announce: (verdict: string, detail: string | null) =>
      detail ? `Stroke checked: ${verdict}. ${detail}` : `Stroke checked: ${verdict}.`,
  },
  stage: {
    tooFirm: 'Too firm in places',
    keepOff: 'Touches a place to keep off',
  },
  legend: {
    title: 'On the leg',
    proximal: 'Toward the heart',
    distal: 'Away from the heart',
    still: 'Not moving along the leg',
    excess: 'Pressed harder than the skin there allows',
    lane: 'The drill’s stretch to work (dashed)',
    arrows: 'Arrowheads point the way you drew.',
  },
  valves: {
    title: 'What the valves would do',
    running: (share: number) => `Replaying the stroke through the veins… ${percent(share)}`,
    moved: (valves: number, ml: number) =>
      `The valves opened: ${valves} ${valves === 1 ? 'valve' : 'valves'} let ${millilitres(ml)} mL through toward the heart.`,
    blocked: (ml: number) =>
      `The valves shut: blood had nowhere to go. Only ${millilitres(ml)} mL moved toward the heart.`,
    nothing: 'The stroke did not run over a vein, so no valve opened or shut for it.',
    note: 'As if a palm followed your stroke with its pressure, in Proximal’s model of the leg’s veins.',
  },
  drills: {
    title: 'Drills',
    intro:
      'Pick a stroke to practise. Proximal marks it on the leg and grades every stroke you draw.',
    choose: 'Drill',
    none: 'Free drawing (no drill)',
    next: 'Next drill',
    loading: 'Drills appear once the leg has loaded.',
    target: 'The dashed line on the leg marks the stretch to work.',
    pressure: (level: string) => `Draw it with ${level.toLowerCase()} pressure.`,
    pass: 'Pass ✓',
    tryAgain: 'Try again',
    gradeHeading: 'Last attempt',
  },
  session: {
    title: 'This session',
    none: 'No graded strokes yet: choose a drill and draw.',
    passed: (passes: number, attempts: number, share: number) =>
      `${passes} of ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} passed (${percent(share)}).`,
    drill: (passes: number, attempts: number) => `${passes} of ${attempts} passed`,
    toWorkOn: 'To work on',
    times: (count: number) => `${count}×`,
    clear: 'Start the session over',
  },
  withoutWebGL: {
    title:
      'This browser cannot show 3D graphics (WebGL is off or missing), so you cannot draw on the leg here.',
    howTo:
      'You can still have a stroke checked: import a trace file under “Trace files” in the panel, or drop one here. The check appears in the panel as text: direction, pressure, the lane it matches and its tempo.',
    loadingLeg: 'Loading the leg’s measurements for the check…',
    ready: 'Ready: import or drop a trace file.',
    legFailed: 'The leg’s measurements could not be loaded, so strokes cannot be checked.',
  },
  files: {
    title: 'Trace files',
    export: 'Export the stroke',
    import: 'Import a stroke…',
    dropHint: 'You can also drop a trace file (.json) on the leg.',
    dropHere: 'Drop the trace file to open it',
    exported: (name: string) => `Saved ${name}.`,
    imported: (name: string) => `Opened ${name}.`,
    reading: (name: string) => `Reading ${name}…`,
    checking: (name: string, samples: number | null) =>
      samples === null
        ? `Checking the stroke in ${name}…`
        : `Checking ${thousands(samples)} ${samples === 1 ? 'sample' : 'samples'} of ${name}…`,
    failed: (name: string) => `${name} could not be opened; your stroke is unchanged.`,
    tooLarge: (bytes: number) => `is larger than the limit of ${bytes} bytes`,
    unreadable: 'could not be read from the disk',
    fileName: (date: string) => `proximal-trace-${date}.json`,
  },
} as const;

// ==========================================================================================
// Flow and valves (src/ui/flow, src/scene/flow): the valve layer's close-up and legend, the
// "wrong way" demonstration, and what the valves do for each kind of stroke.
// ==========================================================================================

/** The veins of the leg model, by mesh name, in plain words. */
export const VEIN_LABELS: Readonly<Record<string, string>> = {
  vein_gsv: 'great saphenous vein',
  vein_ssv: 'small saphenous vein',
  // The model draws one tube where the body has paired tibial and fibular veins (models/README.md).
  vein_posterior_tibial: 'deep calf veins (paired tibial and fibular veins, drawn as one)',
  vein_popliteal: 'popliteal vein (deep)',
  vein_femoral: 'femoral vein (deep)',
  vein_common_femoral: 'common femoral vein (deep)',
};

export const flowStrings = {
  panel: {
    title: 'Valves',
  },
  /** "What the valves do" for each kind of stroke, in the flow model's terms. */
  valveNote: {
    heading: 'What the valves do',
    glide:
      'The palm sweeps the blood ahead of it up through each valve, which opens for it; behind the palm the valves close, so nothing slips back.',
    knead:
      'Each squeeze is a passive compression: it empties the calf’s veins upward through their valves, as the calf muscle pump does when you walk or move your ankle. As the hand lets go, the valve above closes and the valves below open, so the veins refill from the foot.',
    compress:
      'Each press squeezes the deep thigh veins; their valves let the blood out only upward and close as the press eases.',
  } satisfies Record<StrokeKind | 'heading', string>,
  wrongWay: {
    show: 'Show the wrong way',
    playing: 'Wrong way: each stroke now runs down the leg, away from the heart.',
    why: 'Why toward the heart?',
    /** After the protocol's own reason (its direction rule's `why`). */
    consequence:
      'Run the wrong way, the same stroke pushes blood down onto valves that shut (they turn dark): it has nowhere to go but back up behind the hand, and almost none of it reaches the heart.',
    watch:
      'The valve ringed in yellow on the leg is the one the hands push toward; the close-up shows it.',
  },
  wrongWayLabel: '↓ Wrong way',
  closeUp: {
    title: 'Close-up',
    label: 'Close-up of the valve ahead of the hands',
    which: (vein: string, n: number, of: number) => `${vein}, valve ${n} of ${of}`,
    open: (percent: number) => `Open ${percent} %`,
    shut: 'Shut',
    heart: '↑ heart',
    waiting: 'The valve ahead of the hands.',
  },
  legend: {
    dots: 'Red dots: blood, at the model’s speed.',
    valves: 'Valves: dark shut, grey at rest, white open.',
    sizes: (slowMotion: number) =>
      `Dots and valves drawn larger than life; the close-up moves ${slowMotion}× slower.`,
    counts:
      'How many valves each vein has varies from person to person; the model shows typical numbers.',
  },
} as const;

// ==========================================================================================
// Own protocols, saved data, lazy parts and fine-tuning (src/ui/protocolFile,
// src/ui/savedData, src/ui/tuning).
// ==========================================================================================

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Opening, checking, switching and exporting protocol files. */
export const PROTOCOL_FILE_TEXT = {
  label: 'Protocol file',
  choose: 'Protocol in use',
  builtIn: 'Built-in protocol (Proximal)',
  saved: (name: string) => `${name} (your file)`,
  open: 'Open a protocol file…',
  dropHint: 'or drop a protocol file (JSON) anywhere on this page.',
  export: 'Export this protocol',
  forget: 'Remove it from this browser',
  reading: (fileName: string) => `Checking ${fileName}…`,
  opened: (title: string) => `Opened “${title}”. It is kept in this browser for next time.`,
  openedNotKept: (title: string, reason: string) =>
    `Opened “${title}”, but it could not be kept in this browser (${reason}): it is gone when you close the page. Keep the file to open it again.`,
  notChecked: (fileName: string, reason: string) =>
    `${fileName} could not be checked: the protocol checker did not load (${reason}). The protocol you were using is still in use. Check your connection and open the file again.`,
  notCheckedReload: (fileName: string, reason: string) =>
    `${fileName} could not be checked: part of the protocol checker did not load (${reason}). The protocol you were using is still in use. Open the file again; if this message comes back, reload the page (the browser may not fetch that part again in this page).`,
  exported: (fileName: string) => `Saved as ${fileName}.`,
  forgotten: 'Removed. The built-in protocol is in use.',
  switched: (title: string) => `Now using “${title}”.`,
  tooLarge: (size: number, max: number) =>
    `The file is too large (${kilobytes(size)}); a protocol file may be at most ${kilobytes(max)}. It was not opened.`,
  unreadable: (detail: string) => `The file could not be read: ${detail}`,
  errorsTitle: 'This protocol file was not opened',
  errorsIntro: (fileName: string, count: number) =>
    `${fileName} has ${count === 1 ? 'a problem' : `${count} problems`}. The protocol you were using is still in use. Fix ${count === 1 ? 'it' : 'them'} in the file and open it again.`,
  errorWhere: 'Where',
  errorWhat: 'What is wrong',
  wholeFile: 'the whole file',
  itemOf: (list: string, n: number) => `${list} no. ${n}`,
} as const;

/** Messages about the data kept in this browser. */
export const SAVED_DATA_TEXT = {
  setAside: (reason: string, key: string | null) =>
    key === null
      ? `Your saved settings could not be read (${reason}) and there was no room to set them aside, so they were left untouched and nothing new will be saved this visit. The defaults are in use.`
      : `Your saved settings could not be read (${reason}). They were set aside, not deleted (browser storage key “${key}”), and the defaults are in use.`,
  protocolSetAside: (name: string, key: string | null) =>
    `Your saved protocol “${name}” no longer passes its checks, so the built-in protocol is in use.${key === null ? '' : ` It was set aside, not deleted (browser storage key “${key}”).`}`,
  protocolNotChecked: (name: string, reason: string) =>
    `Your saved protocol “${name}” could not be checked (${reason}), so the built-in protocol is in use. It is still saved: choose it again under “Protocol in use” in Read mode.`,
  saveFailed: (reason: string) =>
    `Your settings could not be saved in this browser (${reason}). They still apply until you close the page.`,
  unavailable: 'This browser does not let Proximal save settings, so they last only this visit.',
  dismiss: 'Dismiss',
} as const;

/** Parts of the app loaded on demand, and what is said when one cannot be loaded. */
export const LAZY_TEXT = {
  practice: 'Loading practice mode…',
  coach: 'Loading the session coach…',
  parts: {
    app: 'Proximal',
    practice: 'Practice mode',
    coach: 'The session coach',
    scene: 'The 3D view',
    tuning: 'The fine-tuning panel',
    chartOverlay: 'The chart grid',
  },
  failed: (part: string) => `${part} could not be loaded.`,
  crashed: (part: string) => `${part} stopped working.`,
  reason: (reason: string) => `(${reason})`,
  whyLoading:
    'Its code did not arrive from the server: the connection may have dropped, or Proximal was updated since this page was opened. Everything else still works. Try again, or reload the page.',
  whyCrashed: 'Everything else still works. Try again, or reload the page.',
  retry: 'Try again',
  reload: 'Reload the page',
} as const;

/** The fine-tuning panel (opened with ?tune in the address). */
export const TUNING_TEXT = {
  title: 'Fine-tune',
  speed: 'Speed ×',
  skinOpacity: 'Skin opacity',
  handSize: 'Hand size ×',
  chartOverlay: 'Chart grid (s, θ)',
} as const;

// ==========================================================================================
// Keep-off marks (src/ui/marks, src/scene/marks): places the user marks on the leg to keep off.
// ==========================================================================================

import type { MarkKind } from '../anatomy/keepOffMarks';
import type { MarkSize } from '../state/marksStore';

export const MARK_KIND_LABELS: Record<MarkKind, string> = {
  wound: 'Wound',
  rash: 'Rash',
  'varicose-vein': 'Varicose vein',
  bruise: 'Bruise',
  other: 'Other',
};

export const MARK_SIZE_LABELS: Record<MarkSize, (diameterCm: number) => string> = {
  small: (d) => `Small (${d} cm across)`,
  medium: (d) => `Medium (${d} cm across)`,
  large: (d) => `Large (${d} cm across)`,
};

export const MARK_TEXT = {
  title: 'Places to keep off',
  intro:
    'Mark a wound, a rash, a varicose vein or a bruise on the leg: it is outlined and striped on the skin as a place to keep off, practice flags a stroke that crosses it, and drills stop short of it. Marks are kept in this browser.',
  kind: 'What is there',
  size: 'Size',
  place: 'Mark it on the leg',
  placing: 'Click or tap the leg where it is… (Esc to cancel)',
  cancel: 'Cancel',
  placed: (kind: string, where: string) => `${kind} marked: ${where}.`,
  removed: (kind: string) => `${kind} mark removed.`,
  keyboardTitle: 'Or choose the place',
  level: 'Level',
  side: 'Side',
  add: 'Add the mark',
  listLabel: 'Marked places',
  none: 'No places marked.',
  item: (kind: string, diameterCm: number, where: string, leg: string) =>
    `${kind}, ${diameterCm} cm across, ${where}, ${leg} leg`,
  bothLegs: 'both',
  fromProtocol: '(from the protocol)',
  remove: 'Remove',
  removeLabel: (item: string) => `Remove the mark: ${item}`,
  full: (max: number) => `At most ${max} places can be marked.`,
  otherLeg: (count: number) =>
    `${count} more ${count === 1 ? 'mark is' : 'marks are'} on the other leg.`,
} as const;

import type { MarkLevel, MarkSide } from '../anatomy/keepOffMarks';

/** Levels of the leg for placing a mark by keyboard. */
export const MARK_LEVEL_LABELS: Record<MarkLevel, string> = {
  foot: 'Foot',
  ankle: 'Ankle',
  'lower-leg-low': 'Lower leg, lower third',
  'lower-leg-high': 'Lower leg, upper third',
  knee: 'Knee',
  'thigh-low': 'Thigh, lower third',
  'thigh-high': 'Thigh, upper third',
};

export const MARK_SIDE_LABELS: Record<MarkSide, string> = {
  anterior: 'Front',
  medial: 'Inner side',
  posterior: 'Back',
  lateral: 'Outer side',
};

/** Screens of every size (issue #14): the stage's tools, drawers, loading, links. */
export const SCREEN_TEXT = {
  notDiagnosisShort: 'Health education, not a diagnosis.',
  notDiagnosisMore: 'More about this',
  skipToPlayer: 'Skip to the player',
  skipToLeg: 'Skip to the leg',
  view: 'View',
  viewLabel: 'Camera and leg',
  follow: 'Follow the hands',
  followHint: 'Turn the camera to the side of the leg where the hands are working',
  resetView: 'Reset view',
  valves: 'Valves',
  valvesLabel: 'Valves card',
  key: 'Key',
  keyLabel: 'Key to the skin colours',
  loading: 'Loading the 3D leg…',
  loadingProgress: (percent: number) => `Loading the 3D leg: ${percent}%`,
} as const;

export { COACH_TEXT } from './coach/coachStrings';
export { CLASSROOM_TEXT } from './classroom/classroomStrings';
