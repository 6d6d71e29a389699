/**
 * Drills: one protocol stroke lane to trace, graded from the trace's analysis, and a summary of a
 * practice session. Drills come from the protocol, so an imported protocol brings its own drills.
 */
import type { TraceAnalysis, TraceContext } from './analyzeTrace';
import { thetaDistance } from '../anatomy/chartAngle';
import { message, type Message } from '../i18n/message';
import { aspectWord, landmarkWord, nearestAspect } from './placeWords';
import { strokeLanes, type StrokeLane } from './strokeLanes';
import { workableStretch, type Stretch } from './workableStretch';

export interface Drill {
  /** `<phase id>/<stroke id>` of the lane. */
  id: string;
  /** e.g. "Knead (petrissage) from the Achilles tendon to the back of the knee, back side". */
  title: Message;
  /** The protocol's description of the stroke. */
  prompt: string;
  lane: StrokeLane;
  /** The stretch of the lane to cover: where the zones allow the phase's pressure. */
  target: Stretch;
}

export type DrillCheck = 'direction' | 'coverage' | 'aspect' | 'pressure' | 'zone' | 'tempo';

export interface DrillReason {
  check: DrillCheck;
  text: Message;
}

export interface DrillGrade {
  grade: 'pass' | 'try again';
  /** What to work on; a pass can still carry advice (tempo) that does not fail it. */
  reasons: DrillReason[];
}

/** The trace must cover this share of the drill's target stretch. */
const MIN_TARGET_COVERAGE = 0.6;
/** …and lie within this many degrees of the lane's side. */
const MAX_ASPECT_OFF_DEGREES = 45;

function drillTitle(lane: StrokeLane): Message {
  return message('practice:drill.title', {
    kind: lane.kind,
    technique: lane.technique,
    from: landmarkWord(lane.from),
    to: landmarkWord(lane.to),
    aspect: aspectWord(lane.aspect),
  });
}

/** One drill per distinct lane; a lane repeated in a later phase (closing strokes) is not. */
export function drillsFor(
  context: Pick<TraceContext, 'protocol' | 'landmarks' | 'zoneAt'>,
): Drill[] {
  const seen = new Set<string>();
  return strokeLanes(context.protocol, context.landmarks).flatMap((lane) => {
    const key = [lane.kind, lane.from, lane.to, lane.aspect, lane.pressure].join('|');
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        id: `${lane.phaseId}/${lane.strokeId}`,
        title: drillTitle(lane),
        prompt: lane.description,
        lane,
        target: workableStretch(lane, context.zoneAt, context.landmarks),
      },
    ];
  });
}

/** Share of a stretch along s that the trace covers. */
function stretchCoverage(analysis: TraceAnalysis, stretch: Stretch): number {
  const low = Math.min(stretch.sFrom, stretch.sTo);
  const high = Math.max(stretch.sFrom, stretch.sTo);
  const covered = Math.min(analysis.extent.sMax, high) - Math.max(analysis.extent.sMin, low);
  return high > low ? Math.max(0, covered) / (high - low) : 0;
}

/** A share rounded to whole percent, as the message shows it (`{share, number, percent}`). */
const percent = (share: number) => Math.round(share * 100) / 100;

function directionReason(analysis: TraceAnalysis): DrillReason | null {
  switch (analysis.verdict) {
    case 'proximal':
      return null;
    case 'too-short':
      return { check: 'direction', text: message('practice:drill.reason.tooShort') };
    case 'distal':
      return { check: 'direction', text: message('practice:drill.reason.distal') };
    case 'mixed':
      return {
        check: 'direction',
        text: message('practice:drill.reason.mixed', { share: percent(analysis.proximalShare) }),
      };
  }
}

function placeReasons(analysis: TraceAnalysis, drill: Drill): DrillReason[] {
  const { lane } = drill;
  const reasons: DrillReason[] = [];
  const coverage = stretchCoverage(analysis, drill.target);
  if (coverage < MIN_TARGET_COVERAGE) {
    reasons.push({
      check: 'coverage',
      text: message('practice:drill.reason.coverage', {
        share: percent(coverage),
        from: landmarkWord(lane.from),
        to: landmarkWord(lane.to),
      }),
    });
  }
  const theta = analysis.extent.meanTheta;
  if (theta === null || thetaDistance(theta, lane.theta) > MAX_ASPECT_OFF_DEGREES) {
    const aspect = aspectWord(lane.aspect);
    reasons.push({
      check: 'aspect',
      text:
        theta === null
          ? message('practice:drill.reason.aspectAround', { aspect })
          : message('practice:drill.reason.aspectSide', {
              traced: aspectWord(nearestAspect(theta)),
              aspect,
            }),
    });
  }
  return reasons;
}

function pressureReasons(analysis: TraceAnalysis, lane: StrokeLane): DrillReason[] {
  const reasons: DrillReason[] = [];
  const pressure = analysis.extent.dominantPressure;
  if (pressure !== null && pressure !== lane.pressure) {
    reasons.push({
      check: 'pressure',
      text: message('practice:drill.reason.pressure', {
        expected: lane.pressure,
        actual: pressure,
      }),
    });
  }
  if (analysis.pressureExcesses.length > 0 || analysis.keepOffCrossings.length > 0) {
    reasons.push({
      check: 'zone',
      text: message('practice:drill.reason.zone'),
    });
  }
  return reasons;
}

function tempoAdvice(analysis: TraceAnalysis): DrillReason[] {
  const speed = analysis.speed;
  if (speed === null || speed.judgement === 'about right') return [];
  return [
    {
      check: 'tempo',
      text: message('practice:drill.reason.tempo', {
        judgement: speed.judgement === 'too fast' ? 'tooFast' : 'tooSlow',
        ratio: Math.round(speed.ratio * 10) / 10,
      }),
    },
  ];
}

/** Pass when the trace runs toward the heart along the drill's lane, at a pressure that fits. */
export function gradeDrill(drill: Drill, analysis: TraceAnalysis): DrillGrade {
  const direction = directionReason(analysis);
  const failures = [
    ...(direction ? [direction] : []),
    ...placeReasons(analysis, drill),
    ...pressureReasons(analysis, drill.lane),
  ];
  return {
    grade: failures.length === 0 ? 'pass' : 'try again',
    reasons: [...failures, ...tempoAdvice(analysis)],
  };
}
