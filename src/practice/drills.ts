/**
 * Drills: one protocol stroke lane to trace, graded from the trace's analysis, and a summary of a
 * practice session. Drills come from the protocol, so an imported protocol brings its own drills.
 */
import type { TraceAnalysis, TraceContext } from './analyzeTrace';
import { thetaDistance } from '../anatomy/chartAngle';
import { ASPECT_WORDS, LANDMARK_WORDS, nearestAspect } from './placeWords';
import { strokeLanes, type StrokeLane } from './strokeLanes';
import { workableStretch, type Stretch } from './workableStretch';

export interface Drill {
  /** `<phase id>/<stroke id>` of the lane. */
  id: string;
  /** e.g. "Knead (petrissage) from the Achilles tendon to the back of the knee, back side". */
  title: string;
  /** The protocol's description of the stroke. */
  prompt: string;
  lane: StrokeLane;
  /** The stretch of the lane to cover: where the zones allow the phase's pressure. */
  target: Stretch;
}

export type DrillCheck = 'direction' | 'coverage' | 'aspect' | 'pressure' | 'zone' | 'tempo';

export interface DrillReason {
  check: DrillCheck;
  text: string;
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

const VERB: Record<StrokeLane['kind'], string> = {
  glide: 'Glide',
  knead: 'Knead',
  compress: 'Compress',
};

function drillTitle(lane: StrokeLane): string {
  return `${VERB[lane.kind]} (${lane.technique}) from the ${LANDMARK_WORDS[lane.from]} to the ${LANDMARK_WORDS[lane.to]}, ${ASPECT_WORDS[lane.aspect]} side`;
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

const percent = (share: number) => `${Math.round(share * 100)} %`;

function directionReason(analysis: TraceAnalysis): DrillReason | null {
  switch (analysis.verdict) {
    case 'proximal':
      return null;
    case 'too-short':
      return { check: 'direction', text: 'Too short to judge: trace the whole lane.' };
    case 'distal':
      return { check: 'direction', text: 'The stroke runs away from the heart.' };
    case 'mixed':
      return {
        check: 'direction',
        text: `Only ${percent(analysis.proximalShare)} of the path runs toward the heart.`,
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
      text: `Covers ${percent(coverage)} of the stretch to work between the ${LANDMARK_WORDS[lane.from]} and the ${LANDMARK_WORDS[lane.to]}.`,
    });
  }
  const theta = analysis.extent.meanTheta;
  if (theta === null || thetaDistance(theta, lane.theta) > MAX_ASPECT_OFF_DEGREES) {
    const where =
      theta === null ? 'all around the leg' : `on the ${ASPECT_WORDS[nearestAspect(theta)]} side`;
    reasons.push({
      check: 'aspect',
      text: `Traced ${where}; this stroke runs on the ${ASPECT_WORDS[lane.aspect]} side.`,
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
      text: `This stroke is done with ${lane.pressure} pressure; the trace was mostly ${pressure}.`,
    });
  }
  if (analysis.pressureExcesses.length > 0 || analysis.keepOffCrossings.length > 0) {
    reasons.push({
      check: 'zone',
      text: 'Too much pressure for the skin in places (see the tips).',
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
      text: `${speed.judgement === 'too fast' ? 'A little slower' : 'A little faster'}: about ${speed.ratio.toFixed(1)}× the demonstration's pace.`,
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
