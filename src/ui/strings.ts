/**
 * The UI's text, by name: each entry reads its catalog key (`src/i18n/locales/<lang>/*.json`)
 * in the current language, so components keep asking for `strings.safety.title` while the words
 * live in the catalogs. No English is written here. Text that belongs to the method (phase
 * names, cues, contraindications…) comes from the protocol document instead.
 *
 * The label records are checked against the English catalog with `satisfies`, so a name added
 * to `src/anatomy/names.ts` or `src/protocol/schema.ts` without a catalog entry fails to compile.
 */
import type {
  AspectName,
  LandmarkName,
  LegSide,
  PressureLevel,
  RegionName,
} from '../anatomy/names';
import type { MarkKind, MarkLevel, MarkSide } from '../anatomy/keepOffMarks';
import { t } from '../i18n/instance';
import { sayReason, type Reason } from '../i18n/reason';
import { englishResources as en } from '../i18n/resources';
import type { DrillCheck } from '../practice/drills';
import type { DirectionVerdict } from '../practice/strokeDirection';
import type { TempoJudgement } from '../practice/strokeTempo';
import type { ZoneLevel } from '../protocol/zones';
import type { Contraindication, Depth, SetupStep, StrokeKind, Technique } from '../protocol/schema';
import type { MarkSize } from '../state/marksStore';
import type { TimingMode } from '../state/playbackStore';
import type { ShortcutKind } from '../state/shortcuts';
import type { CameraPreset, LayerName } from '../state/viewStore';

type Severity = Contraindication['severity'];
type SetupCategory = SetupStep['category'];

/** `{ name: text }` for every name of an English catalog group, read in the current language. */
function labels<K extends string>(prefix: string, english: Record<K, unknown>): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const name of Object.keys(english) as K[]) {
    Object.defineProperty(record, name, { enumerable: true, get: () => t(`${prefix}.${name}`) });
  }
  return record;
}

/** Millilitres to show: whole above 10, one decimal below. */
const millilitres = (ml: number) => (ml >= 10 ? Math.round(ml) : Math.round(ml * 10) / 10);

export const REGION_LABELS = labels(
  'terms:region',
  en.terms.region satisfies Record<RegionName, string>,
);
export const LANDMARK_LABELS = labels(
  'terms:landmark',
  en.terms.landmark satisfies Record<LandmarkName, string>,
);
export const ASPECT_LABELS = labels(
  'terms:aspect',
  en.terms.aspect satisfies Record<AspectName, string>,
);
export const TECHNIQUE_LABELS = labels(
  'terms:technique',
  en.terms.technique satisfies Record<Technique, string>,
);
export const DEPTH_LABELS = labels('terms:depth', en.terms.depth satisfies Record<Depth, string>);
export const PRESSURE_LABELS = labels(
  'terms:pressure',
  en.terms.pressure satisfies Record<PressureLevel, string>,
);
export const STROKE_KIND_LABELS = labels(
  'terms:strokeKind',
  en.terms.strokeKind satisfies Record<StrokeKind, string>,
);
export const SETUP_CATEGORY_LABELS = labels(
  'terms:setupCategory',
  en.terms.setupCategory satisfies Record<SetupCategory, string>,
);
/** Severity of a contraindication: the fixed instruction shown above the protocol's own text. */
export const SEVERITY_LABELS = labels(
  'terms:severity',
  en.terms.severity satisfies Record<Severity, string>,
);

export const strings = {
  app: {
    get name() {
      return t('common:app.name');
    },
    get purpose() {
      return t('common:app.purpose');
    },
    get notDiagnosis() {
      return t('common:app.notDiagnosis');
    },
  },
  contents: {
    get title() {
      return t('common:contents.title');
    },
  },
  safety: {
    get title() {
      return t('read:safety.title');
    },
    get intro() {
      return t('read:safety.intro');
    },
    get beyondGuide() {
      return t('read:safety.beyondGuide');
    },
    get signs() {
      return t('read:safety.signs');
    },
    get action() {
      return t('read:safety.action');
    },
    get why() {
      return t('read:safety.why');
    },
  },
  intro: {
    get goal() {
      return t('read:intro.goal');
    },
  },
  setup: {
    get title() {
      return t('read:setup.title');
    },
    get intro() {
      return t('read:setup.intro');
    },
  },
  phases: {
    get title() {
      return t('read:phases.title');
    },
    phaseNumber: (n: number, total: number) => t('read:phases.phaseNumber', { n, total }),
    get technique() {
      return t('read:phases.technique');
    },
    get depth() {
      return t('read:phases.depth');
    },
    get pressure() {
      return t('read:phases.pressure');
    },
    get hands() {
      return t('read:phases.hands');
    },
    get regions() {
      return t('read:phases.regions');
    },
    get strokes() {
      return t('read:phases.strokes');
    },
    get purpose() {
      return t('read:phases.purpose');
    },
    get cues() {
      return t('read:phases.cues');
    },
  },
  lanes: {
    path: (from: string, to: string, aspect: string, direction: 'up' | 'down' | 'across') =>
      t('terms:lanePath', { from, to, aspect, direction }),
  },
  pacing: {
    get label() {
      return t('read:pacing.label');
    },
    details: (strokes: number, seconds: number, sharePercent: number) =>
      t('read:pacing.details', { strokes, seconds, share: sharePercent / 100 }),
  },
  rules: {
    get title() {
      return t('read:rules.title');
    },
    get direction() {
      return t('read:rules.direction');
    },
    get why() {
      return t('read:rules.why');
    },
    maxPressure: (level: PressureLevel) => t('read:rules.maxPressure', { level }),
    get where() {
      return t('read:rules.where');
    },
    get everywhere() {
      return t('read:rules.everywhere');
    },
    boneWithin: (mm: number) => t('read:rules.boneWithin', { mm }),
    duringTechnique: (names: string) => t('read:rules.duringTechnique', { names }),
    get order() {
      return t('read:rules.order');
    },
    get keepOffTitle() {
      return t('read:rules.keepOffTitle');
    },
  },
  provenance: {
    get proximal() {
      return t('read:provenance.proximal');
    },
    get beyondGuide() {
      return t('read:provenance.beyondGuide');
    },
    get source() {
      return t('read:provenance.source');
    },
  },
  endangerment: {
    get title() {
      return t('read:endangerment.title');
    },
    get intro() {
      return t('read:endangerment.intro');
    },
    get sites(): string[] {
      return ['popliteal', 'femoral', 'fibular', 'ankle'].map((site) =>
        t(`read:endangerment.sites.${site}`),
      );
    },
    get source() {
      return t('read:endangerment.source');
    },
  },
  timing: {
    get title() {
      return t('read:timing.title');
    },
    get session() {
      return t('read:timing.session');
    },
    get perLeg() {
      return t('read:timing.perLeg');
    },
    minutes: (min: number, max: number) =>
      min === max
        ? t('read:timing.minutesExact', { count: min })
        : t('read:timing.minutes', { min, max }),
    get maintenance() {
      return t('read:timing.maintenance');
    },
    get intensive() {
      return t('read:timing.intensive');
    },
    timesPerWeek: (min: number, max: number) =>
      min === 7 && max === 7
        ? t('read:timing.daily')
        : min === max
          ? t('read:timing.timesPerWeekExact', { count: min })
          : t('read:timing.timesPerWeek', { min, max }),
    get principle() {
      return t('read:timing.principle');
    },
  },
  about: {
    get title() {
      return t('read:about.title');
    },
    get source() {
      return t('read:about.source');
    },
    get pacing() {
      return t('read:about.pacing');
    },
    get disclaimer() {
      return t('read:about.disclaimer');
    },
  },
  loadError: {
    get title() {
      return t('read:loadError.title');
    },
    get intro() {
      return t('read:loadError.intro');
    },
    get details() {
      return t('read:loadError.details');
    },
    get safety() {
      return t('read:loadError.safety');
    },
  },
};

export const STAGE_TEXT = {
  get modelFailed() {
    return t('common:stage.modelFailed');
  },
  get retry() {
    return t('common:retry');
  },
  get noWebGL() {
    return t('common:stage.noWebGL');
  },
  get sceneCrashed() {
    return t('common:stage.sceneCrashed');
  },
  get contextLost() {
    return t('common:stage.contextLost');
  },
  get canvasLabel() {
    return t('common:stage.canvasLabel');
  },
  get modeTrain() {
    return t('common:modes.train');
  },
  get modePractice() {
    return t('common:modes.practice');
  },
  get modeRead() {
    return t('common:modes.read');
  },
  get modesLabel() {
    return t('common:modes.label');
  },
};

export const CAMERA_LABELS = labels(
  'watch:camera',
  en.watch.camera satisfies Record<CameraPreset, string>,
);

export const CAMERA_HINTS = labels(
  'watch:cameraHint',
  en.watch.cameraHint satisfies Record<CameraPreset, string>,
);

export const LEG_LABELS = labels('terms:leg', en.terms.leg satisfies Record<LegSide, string>);

export const LAYER_LABELS = labels(
  'watch:layer',
  en.watch.layer satisfies Record<LayerName, string>,
);

export const TIMING_LABELS = labels(
  'watch:timingMode',
  en.watch.timingMode satisfies Record<TimingMode, string>,
);

export const ZONE_TITLES = labels('terms:zone', en.terms.zone satisfies Record<ZoneLevel, string>);

export const SHORTCUT_HELP = Object.fromEntries(
  (Object.keys(en.watch.shortcut satisfies Record<ShortcutKind, unknown>) as ShortcutKind[]).map(
    (kind) => [
      kind,
      {
        get keys() {
          return t(`watch:shortcut.${kind}.keys`);
        },
        get does() {
          return t(`watch:shortcut.${kind}.does`);
        },
      },
    ],
  ),
) as Record<ShortcutKind, { readonly keys: string; readonly does: string }>;

export const trainerStrings = {
  panel: {
    get label() {
      return t('watch:panel.label');
    },
  },
  modal: {
    get close() {
      return t('common:close');
    },
  },
  safetyStrip: {
    get label() {
      return t('watch:safetyStrip.label');
    },
    get allChecks() {
      return t('watch:safetyStrip.allChecks');
    },
    get showSigns() {
      return t('watch:safetyStrip.showSigns');
    },
  },
  safetyDialog: {
    get title() {
      return t('watch:safetyDialog.title');
    },
    get openGuide() {
      return t('watch:safetyDialog.openGuide');
    },
  },
  direction: {
    get why() {
      return t('watch:direction.why');
    },
  },
  outline: {
    get title() {
      return t('watch:outline.title');
    },
    get setup() {
      return t('watch:outline.setup');
    },
  },
  setup: {
    ready: (done: number, total: number) => t('watch:setup.ready', { done, total }),
    get start() {
      return t('watch:setup.start');
    },
  },
  phaseCard: {
    get strokeShown() {
      return t('watch:phaseCard.strokeShown');
    },
    get timeInPhase() {
      return t('watch:phaseCard.timeInPhase');
    },
    leg: (leg: LegSide) => t('watch:phaseCard.leg', { leg }),
    get loading() {
      return t('watch:phaseCard.loading');
    },
  },
  transport: {
    get label() {
      return t('watch:transport.label');
    },
    get play() {
      return t('watch:transport.play');
    },
    get pause() {
      return t('watch:transport.pause');
    },
    get previous() {
      return t('watch:transport.previous');
    },
    get next() {
      return t('watch:transport.next');
    },
    get scrubber() {
      return t('watch:transport.scrubber');
    },
    scrubberValue: (time: string, total: string, phase: string) =>
      t('watch:transport.scrubberValue', { time, total, phase }),
    get time() {
      return t('watch:transport.time');
    },
    get timeOf() {
      return t('watch:transport.timeOf');
    },
    get speed() {
      return t('watch:transport.speed');
    },
    speedOption: (speed: number) => t('watch:transport.speedOption', { speed }),
    get loop() {
      return t('watch:transport.loop');
    },
    get timing() {
      return t('watch:transport.timing');
    },
    get minutes() {
      return t('watch:transport.minutes');
    },
    bounds: (min: number, max: number) => t('watch:transport.bounds', { min, max }),
  },
  view: {
    get label() {
      return t('watch:view.label');
    },
    get camera() {
      return t('watch:view.camera');
    },
    get leg() {
      return t('watch:view.leg');
    },
    legButton: (leg: LegSide) => t('watch:view.legButton', { leg }),
    get layers() {
      return t('watch:view.layers');
    },
    get skinOpacity() {
      return t('watch:view.skinOpacity');
    },
    get presenter() {
      return t('watch:view.presenter');
    },
    get handsCloseUp() {
      return t('watch:view.handsCloseUp');
    },
    get handsCloseUpHint() {
      return t('watch:view.handsCloseUpHint');
    },
    get help() {
      return t('watch:view.help');
    },
    get helpLabel() {
      return t('watch:view.helpLabel');
    },
    get copyLink() {
      return t('watch:view.copyLink');
    },
    get copyLinkLabel() {
      return t('watch:view.copyLinkLabel');
    },
    get linkCopied() {
      return t('watch:view.linkCopied');
    },
    get copyFallback() {
      return t('watch:view.copyFallback');
    },
  },
  legend: {
    get title() {
      return t('watch:legend.title');
    },
    get placesYouMark() {
      return t('watch:legend.placesYouMark');
    },
    get rings() {
      return t('watch:legend.rings');
    },
    get why() {
      return t('watch:legend.why');
    },
  },
  help: {
    get title() {
      return t('watch:help.title');
    },
    get shortcuts() {
      return t('watch:help.shortcuts');
    },
    get key() {
      return t('watch:help.key');
    },
    get action() {
      return t('watch:help.action');
    },
    get symbols() {
      return t('watch:help.symbols');
    },
    get arrows() {
      return t('watch:help.arrows');
    },
    get lanes() {
      return t('watch:help.lanes');
    },
    get rings() {
      return t('watch:help.rings');
    },
    get zones() {
      return t('watch:help.zones');
    },
  },
  announce: {
    phase: (n: number, total: number, name: string) =>
      t('watch:announce.phase', { n, total, name }),
    phaseOnLeg: (n: number, total: number, name: string, leg: LegSide) =>
      t('watch:announce.phaseOnLeg', { n, total, name, leg }),
  },
};

export const CONTEXT_TEXT = {
  get toHeart() {
    return t('common:scene.toHeart');
  },
};

export const SETUP_TEXT = {
  get heart() {
    return t('common:scene.heartLevel');
  },
  get footAboveHeart() {
    return t('common:scene.footAboveHeart');
  },
};

export const VERDICT_LABELS = labels(
  'practice:verdict',
  en.practice.verdict satisfies Record<DirectionVerdict, string>,
);

export const DRILL_CHECK_LABELS = labels(
  'practice:drillCheck',
  en.practice.drillCheck satisfies Record<DrillCheck, string>,
);

export const TEMPO_LABELS = labels(
  'practice:tempo',
  en.practice.tempo satisfies Record<TempoJudgement, string>,
);

export const practiceStrings = {
  panel: {
    get label() {
      return t('practice:panel.label');
    },
  },
  hint: {
    get idle() {
      return t('practice:hint.idle');
    },
    get drawing() {
      return t('practice:hint.drawing');
    },
  },
  pressure: {
    get legend() {
      return t('practice:pressure.legend');
    },
    get pen() {
      return t('practice:pressure.pen');
    },
    get penHint() {
      return t('practice:pressure.penHint');
    },
  },
  view: {
    get legend() {
      return t('practice:view.legend');
    },
    get leg() {
      return t('practice:view.leg');
    },
    get camera() {
      return t('practice:view.camera');
    },
  },
  feedback: {
    get title() {
      return t('practice:feedback.title');
    },
    get empty() {
      return t('practice:feedback.empty');
    },
    proximalShare: (share: number) => t('practice:feedback.proximalShare', { share }),
    pieces: (count: number) => t('practice:feedback.pieces', { count }),
    get closest() {
      return t('practice:feedback.closest');
    },
    lane: (phase: string, description: string, score: number) =>
      t('practice:feedback.lane', { phase, description, score }),
    region: (region: string) => t('practice:feedback.region', { region }),
    get tempo() {
      return t('practice:feedback.tempo');
    },
    tempoValue: (judgement: string, ratio: number) =>
      t('practice:feedback.tempoValue', { judgement, ratio }),
    get tips() {
      return t('practice:feedback.tips');
    },
    get guideSays() {
      return t('practice:feedback.guideSays');
    },
    get clear() {
      return t('practice:feedback.clear');
    },
    announce: (verdict: string, detail: string | null) =>
      detail
        ? t('practice:feedback.announceDetail', { verdict, detail })
        : t('practice:feedback.announce', { verdict }),
  },
  stage: {
    get tooFirm() {
      return t('practice:stage.tooFirm');
    },
    get keepOff() {
      return t('practice:stage.keepOff');
    },
  },
  legend: {
    get title() {
      return t('practice:legend.title');
    },
    get proximal() {
      return t('practice:legend.proximal');
    },
    get distal() {
      return t('practice:legend.distal');
    },
    get still() {
      return t('practice:legend.still');
    },
    get excess() {
      return t('practice:legend.excess');
    },
    get lane() {
      return t('practice:legend.lane');
    },
    get arrows() {
      return t('practice:legend.arrows');
    },
  },
  valves: {
    get title() {
      return t('practice:valves.title');
    },
    running: (share: number) => t('practice:valves.running', { share }),
    moved: (valves: number, ml: number) =>
      t('practice:valves.moved', { valves, ml: millilitres(ml) }),
    blocked: (ml: number) => t('practice:valves.blocked', { ml: millilitres(ml) }),
    get nothing() {
      return t('practice:valves.nothing');
    },
    get note() {
      return t('practice:valves.note');
    },
  },
  drills: {
    get title() {
      return t('practice:drills.title');
    },
    get intro() {
      return t('practice:drills.intro');
    },
    get choose() {
      return t('practice:drills.choose');
    },
    get none() {
      return t('practice:drills.none');
    },
    get next() {
      return t('practice:drills.next');
    },
    get loading() {
      return t('practice:drills.loading');
    },
    get target() {
      return t('practice:drills.target');
    },
    pressure: (level: PressureLevel) => t('practice:drills.pressure', { level }),
    get pass() {
      return t('practice:drills.pass');
    },
    get tryAgain() {
      return t('practice:drills.tryAgain');
    },
    get gradeHeading() {
      return t('practice:drills.gradeHeading');
    },
  },
  session: {
    get title() {
      return t('practice:session.title');
    },
    get none() {
      return t('practice:session.none');
    },
    passed: (passes: number, attempts: number, share: number) =>
      t('practice:session.passed', { passes, attempts, share }),
    drill: (passes: number, attempts: number) => t('practice:session.drill', { passes, attempts }),
    get toWorkOn() {
      return t('practice:session.toWorkOn');
    },
    times: (count: number) => t('practice:session.times', { count }),
    get clear() {
      return t('practice:session.clear');
    },
  },
  withoutWebGL: {
    get title() {
      return t('practice:withoutWebGL.title');
    },
    get howTo() {
      return t('practice:withoutWebGL.howTo');
    },
    get loadingLeg() {
      return t('practice:withoutWebGL.loadingLeg');
    },
    get ready() {
      return t('practice:withoutWebGL.ready');
    },
    get legFailed() {
      return t('practice:withoutWebGL.legFailed');
    },
  },
  files: {
    get title() {
      return t('practice:files.title');
    },
    get export() {
      return t('practice:files.export');
    },
    get import() {
      return t('practice:files.import');
    },
    get dropHint() {
      return t('practice:files.dropHint');
    },
    get dropHere() {
      return t('practice:files.dropHere');
    },
    exported: (name: string) => t('practice:files.exported', { name }),
    imported: (name: string) => t('practice:files.imported', { name }),
    reading: (name: string) => t('practice:files.reading', { name }),
    checking: (name: string, samples: number | null) =>
      samples === null
        ? t('practice:files.checking', { name })
        : t('practice:files.checkingSamples', { name, samples }),
    failed: (name: string) => t('practice:files.failed', { name }),
    fileName: (date: string) => `proximal-trace-${date}.json`,
  },
};

export const VEIN_LABELS: Readonly<Record<string, string>> = labels('terms:vein', en.terms.vein);

export const flowStrings = {
  get wrongWayLabel() {
    return t('common:scene.wrongWay');
  },
  panel: {
    get title() {
      return t('flow:panel.title');
    },
  },
  valveNote: {
    get heading() {
      return t('flow:valveNote.heading');
    },
    get glide() {
      return t('flow:valveNote.glide');
    },
    get knead() {
      return t('flow:valveNote.knead');
    },
    get compress() {
      return t('flow:valveNote.compress');
    },
  },
  wrongWay: {
    get show() {
      return t('flow:wrongWay.show');
    },
    get playing() {
      return t('flow:wrongWay.playing');
    },
    get why() {
      return t('flow:wrongWay.why');
    },
    get consequence() {
      return t('flow:wrongWay.consequence');
    },
    get watch() {
      return t('flow:wrongWay.watch');
    },
  },
  closeUp: {
    get title() {
      return t('flow:closeUp.title');
    },
    get label() {
      return t('flow:closeUp.label');
    },
    which: (vein: string, n: number, of: number) => t('flow:closeUp.which', { vein, n, of }),
    open: (percent: number) => t('flow:closeUp.open', { share: percent / 100 }),
    get shut() {
      return t('flow:closeUp.shut');
    },
    get heart() {
      return t('flow:closeUp.heart');
    },
    get waiting() {
      return t('flow:closeUp.waiting');
    },
  },
  legend: {
    get dots() {
      return t('flow:legend.dots');
    },
    get valves() {
      return t('flow:legend.valves');
    },
    sizes: (slowMotion: number) => t('flow:legend.sizes', { slowMotion }),
    get counts() {
      return t('flow:legend.counts');
    },
  },
};

export const PROTOCOL_FILE_TEXT = {
  get label() {
    return t('files:protocolFile.label');
  },
  get choose() {
    return t('files:protocolFile.choose');
  },
  get builtIn() {
    return t('files:protocolFile.builtIn');
  },
  saved: (name: string) => t('files:protocolFile.saved', { name }),
  get open() {
    return t('files:protocolFile.open');
  },
  get dropHint() {
    return t('files:protocolFile.dropHint');
  },
  get export() {
    return t('files:protocolFile.export');
  },
  get forget() {
    return t('files:protocolFile.forget');
  },
  reading: (fileName: string) => t('files:protocolFile.reading', { fileName }),
  opened: (title: string) => t('files:protocolFile.opened', { title }),
  openedNotKept: (title: string, reason: Reason) =>
    t('files:protocolFile.openedNotKept', { title, reason: sayReason(reason) }),
  notChecked: (fileName: string, reason: Reason) =>
    t('files:protocolFile.notChecked', { fileName, reason: sayReason(reason) }),
  notCheckedReload: (fileName: string, reason: Reason) =>
    t('files:protocolFile.notCheckedReload', { fileName, reason: sayReason(reason) }),
  exported: (fileName: string) => t('files:protocolFile.exported', { fileName }),
  get forgotten() {
    return t('files:protocolFile.forgotten');
  },
  switched: (title: string) => t('files:protocolFile.switched', { title }),
  get errorsTitle() {
    return t('files:protocolFile.errorsTitle');
  },
  errorsIntro: (fileName: string, count: number) =>
    t('files:protocolFile.errorsIntro', { fileName, count }),
  get errorWhere() {
    return t('files:protocolFile.errorWhere');
  },
  get errorWhat() {
    return t('files:protocolFile.errorWhat');
  },
  get wholeFile() {
    return t('files:protocolFile.wholeFile');
  },
  itemOf: (list: string, n: number) => t('files:protocolFile.itemOf', { list, n }),
};

export const SAVED_DATA_TEXT = {
  setAside: (reason: Reason, key: string | null) =>
    key === null
      ? t('errors:savedData.setAsideNoRoom', { reason: sayReason(reason) })
      : t('errors:savedData.setAside', { reason: sayReason(reason), key }),
  protocolSetAside: (name: string, key: string | null) =>
    key === null
      ? t('errors:savedData.protocolSetAsideNoRoom', { name })
      : t('errors:savedData.protocolSetAside', { name, key }),
  protocolNotChecked: (name: string, reason: Reason) =>
    t('errors:savedData.protocolNotChecked', { name, reason: sayReason(reason) }),
  saveFailed: (reason: Reason) => t('errors:savedData.saveFailed', { reason: sayReason(reason) }),
  get unavailable() {
    return t('errors:savedData.unavailable');
  },
  get dismiss() {
    return t('common:dismiss');
  },
};

export const LAZY_TEXT = {
  get practice() {
    return t('errors:lazy.practice');
  },
  get coach() {
    return t('errors:lazy.coach');
  },
  parts: {
    get app() {
      return t('errors:lazy.part.app');
    },
    get practice() {
      return t('errors:lazy.part.practice');
    },
    get coach() {
      return t('errors:lazy.part.coach');
    },
    get scene() {
      return t('errors:lazy.part.scene');
    },
    get tuning() {
      return t('errors:lazy.part.tuning');
    },
    get chartOverlay() {
      return t('errors:lazy.part.chartOverlay');
    },
  },
  failed: (part: string) => t('errors:lazy.failed', { part }),
  crashed: (part: string) => t('errors:lazy.crashed', { part }),
  reason: (reason: Reason) => t('errors:lazy.reason', { reason: sayReason(reason) }),
  get whyLoading() {
    return t('errors:lazy.whyLoading');
  },
  get whyCrashed() {
    return t('errors:lazy.whyCrashed');
  },
  get retry() {
    return t('common:retry');
  },
  get reload() {
    return t('errors:lazy.reload');
  },
};

export const TUNING_TEXT = {
  get title() {
    return t('tuning:title');
  },
  get speed() {
    return t('tuning:speed');
  },
  get skinOpacity() {
    return t('tuning:skinOpacity');
  },
  get handSize() {
    return t('tuning:handSize');
  },
  get chartOverlay() {
    return t('tuning:chartOverlay');
  },
};

export const MARK_KIND_LABELS = labels(
  'marks:kindName',
  en.marks.kindName satisfies Record<MarkKind, string>,
);

export const MARK_SIZE_LABELS = Object.fromEntries(
  (Object.keys(en.marks.sizeName satisfies Record<MarkSize, string>) as MarkSize[]).map((size) => [
    size,
    (diameter: number) => t(`marks:sizeName.${size}`, { diameter }),
  ]),
) as Record<MarkSize, (diameterCm: number) => string>;

export const MARK_TEXT = {
  get title() {
    return t('marks:title');
  },
  get intro() {
    return t('marks:intro');
  },
  get kind() {
    return t('marks:kind');
  },
  get size() {
    return t('marks:size');
  },
  get place() {
    return t('marks:place');
  },
  get placing() {
    return t('marks:placing');
  },
  get cancel() {
    return t('common:cancel');
  },
  placed: (kind: string, where: string) => t('marks:placed', { kind, where }),
  removed: (kind: string) => t('marks:removed', { kind }),
  get keyboardTitle() {
    return t('marks:keyboardTitle');
  },
  get level() {
    return t('marks:level');
  },
  get side() {
    return t('marks:side');
  },
  get add() {
    return t('marks:add');
  },
  get listLabel() {
    return t('marks:listLabel');
  },
  get none() {
    return t('marks:none');
  },
  item: (kind: string, diameter: number, where: string, leg: LegSide | undefined) =>
    where === ''
      ? t('marks:itemNoPlace', { kind, diameter, leg: leg ?? 'both' })
      : t('marks:item', { kind, diameter, where, leg: leg ?? 'both' }),
  get fromProtocol() {
    return t('marks:fromProtocol');
  },
  get remove() {
    return t('marks:remove');
  },
  removeLabel: (item: string) => t('marks:removeLabel', { item }),
  full: (max: number) => t('marks:full', { max }),
  otherLeg: (count: number) => t('marks:otherLeg', { count }),
};

export const MARK_LEVEL_LABELS = labels(
  'marks:levelName',
  en.marks.levelName satisfies Record<MarkLevel, string>,
);

export const MARK_SIDE_LABELS = labels(
  'marks:sideName',
  en.marks.sideName satisfies Record<MarkSide, string>,
);

export const SCREEN_TEXT = {
  get notDiagnosisShort() {
    return t('common:app.notDiagnosisShort');
  },
  get notDiagnosisMore() {
    return t('common:app.notDiagnosisMore');
  },
  get skipToPlayer() {
    return t('common:screen.skipToPlayer');
  },
  get skipToLeg() {
    return t('common:screen.skipToLeg');
  },
  get view() {
    return t('common:screen.view');
  },
  get viewLabel() {
    return t('common:screen.viewLabel');
  },
  get follow() {
    return t('common:screen.follow');
  },
  get followHint() {
    return t('common:screen.followHint');
  },
  get resetView() {
    return t('common:screen.resetView');
  },
  get valves() {
    return t('common:screen.valves');
  },
  get valvesLabel() {
    return t('common:screen.valvesLabel');
  },
  get key() {
    return t('common:screen.key');
  },
  get keyLabel() {
    return t('common:screen.keyLabel');
  },
  get loading() {
    return t('common:stage.loading');
  },
  loadingProgress: (percent: number) => t('common:stage.loadingProgress', { share: percent / 100 }),
};

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

/**
 * Third-party work shipped in the app (shown in the help), with its licence notice. The notice
 * is a legal text and stays in English, as its licence is written.
 */
export const CREDITS = {
  get title() {
    return t('read:credits.title');
  },
  get items() {
    return [
      {
        name: '@webxr-input-profiles/assets',
        what: t('read:credits.handModels.what'),
        licence: t('read:credits.handModels.licence'),
        copyright: '© 2019 Amazon',
        notice: MIT_NOTICE,
      },
    ];
  },
};

export { COACH_TEXT } from './coach/coachStrings';
export { CLASSROOM_TEXT } from './classroom/classroomStrings';
