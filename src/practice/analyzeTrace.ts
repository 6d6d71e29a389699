/**
 * The stroke checker: what a traced stroke did, judged against the protocol. Pure: the protocol,
 * the landmarks and the chart lookups come in through the context, built from the real model by
 * the app and the CLI and from stand-ins or the model in tests.
 */
import type { LandmarkName, LegSide, RegionName } from '../anatomy/names';
import type { Zone } from '../protocol/zones';
import type { Protocol } from '../protocol/schema';
import { directionRuns } from './directionRuns';
import { bestLane, bestMatchOf, MIN_LANE_SCORE, regionsCovered, type BestMatch } from './laneMatch';
import {
  findKeepOffCrossings,
  findPressureExcesses,
  type KeepOffCrossing,
  type PressureExcess,
} from './pressureExcesses';
import { reasonFor } from './protocolQuotes';
import { judgeDirection, type DirectionVerdict, type DistalSegment } from './strokeDirection';
import type { ChartPoint } from '../anatomy/regions';
import { strokeLanes, type StrokeLane } from './strokeLanes';
import { strokeTempo, type StrokeTempo } from './strokeTempo';
import { traceExtent, type TraceExtent } from './traceExtent';
import type { Trace } from './traceFile';
import { message } from '../i18n/message';
import { placeWords } from './placeWords';
import { traceMessages, type TraceMessages } from './traceMessages';
import { splitIntoPieces, type SampleSpan } from './tracePieces';
import { wobbleTolerance } from './wobbleTolerance';

export interface TraceContext {
  protocol: Protocol;
  landmarks: Record<LandmarkName, ChartPoint>;
  zoneAt: (s: number, theta: number) => Zone;
  regionsAt: (s: number, theta: number) => RegionName[];
}

export interface TraceAnalysis {
  leg: LegSide;
  sampleCount: number;
  /** Stretches drawn without lifting; the jumps between them are not judged. */
  pieces: SampleSpan[];
  verdict: DirectionVerdict;
  /** Share of the path along s (wobbles left out) that runs toward the heart. */
  proximalShare: number;
  pathLengthS: number;
  /** Movements back down the leg shorter than this (in s) were treated as wobble. */
  wobbleToleranceS: number;
  distalSegments: DistalSegment[];
  pressureExcesses: PressureExcess[];
  keepOffCrossings: KeepOffCrossing[];
  extent: TraceExtent;
  regions: { region: RegionName; share: number }[];
  bestMatch: BestMatch | null;
  /** Against the matched lane's tempo; null when no lane matched or nothing moved. */
  speed: StrokeTempo | null;
  messages: TraceMessages;
}

export function analyzeTrace(trace: Trace, context: TraceContext): TraceAnalysis {
  const { samples } = trace;
  const pieces = splitIntoPieces(samples.map((sample) => sample.t));
  const extent = traceExtent(samples, pieces);
  const regions = regionsCovered(
    samples.map((sample) => context.regionsAt(sample.s, sample.theta)),
  );
  const lanes: StrokeLane[] = strokeLanes(context.protocol, context.landmarks);
  const best = bestLane(extent, lanes);
  const lane = best && best.score >= MIN_LANE_SCORE ? best.lane : null;

  const tolerance = wobbleTolerance(lane?.kind ?? null);
  const s = samples.map((sample) => sample.s);
  const runs = pieces.flatMap((piece) => directionRuns(s, piece, tolerance));
  const direction = judgeDirection(runs, samples.length);

  const zones = samples.map((sample) => context.zoneAt(sample.s, sample.theta));
  const reason = (sourceId: string) => reasonFor(context.protocol, sourceId);
  const pressureExcesses = findPressureExcesses(
    samples.map((sample) => sample.pressure),
    zones,
    reason,
  );
  const keepOffCrossings = findKeepOffCrossings(zones, reason);
  const speed = lane ? strokeTempo(direction.pathLengthS, extent.contactMs, lane) : null;
  const bestMatch = bestMatchOf(best, regions);

  return {
    leg: trace.leg,
    sampleCount: samples.length,
    pieces,
    verdict: direction.verdict,
    proximalShare: direction.proximalShare,
    pathLengthS: direction.pathLengthS,
    wobbleToleranceS: tolerance,
    distalSegments: direction.distalSegments,
    pressureExcesses,
    keepOffCrossings,
    extent,
    regions,
    bestMatch,
    speed,
    messages: traceMessages(context.protocol, {
      direction,
      pressureExcesses,
      keepOffCrossings,
      lane,
      extent,
      speed,
      topRegion: regions[0]?.region ?? null,
      placeOf: (span) => {
        const middle = samples[Math.round((span.fromIndex + span.toIndex) / 2)];
        if (middle === undefined) return message('terms:place.leg');
        return placeWords(context.regionsAt(middle.s, middle.theta)[0], middle.theta);
      },
    }),
  };
}
