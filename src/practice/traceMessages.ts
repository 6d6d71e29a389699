/**
 * What the learner reads after a stroke: a headline and tips. Proximal's own words only frame
 * the findings; every statement of the method is quoted from the protocol.
 */
import type { RegionName } from '../anatomy/names';
import type { Protocol } from '../protocol/schema';
import type { KeepOffCrossing, PressureExcess } from './pressureExcesses';
import {
  cueQuote,
  directionQuote,
  handsQuote,
  pacingQuote,
  quoteById,
  type Quote,
} from './protocolQuotes';
import { MIN_PATH_S, type DirectionJudgement } from './strokeDirection';
import type { StrokeLane } from './strokeLanes';
import type { StrokeTempo } from './strokeTempo';
import type { TraceExtent } from './traceExtent';

export type TipTopic = 'direction' | 'pressure' | 'keep-off' | 'tempo' | 'lane' | 'length';

export interface TraceTip {
  topic: TipTopic;
  /** Proximal's framing of the finding. */
  text: string;
  /** The protocol's words behind it, when there are some. */
  quote: Quote | null;
}

export interface TraceMessages {
  headline: string;
  tips: TraceTip[];
}

export interface TraceFindings {
  direction: DirectionJudgement;
  pressureExcesses: readonly PressureExcess[];
  keepOffCrossings: readonly KeepOffCrossing[];
  lane: StrokeLane | null;
  extent: TraceExtent;
  speed: StrokeTempo | null;
  topRegion: RegionName | null;
  /** Where on the leg a stretch of samples lies, in words ("the front of the shin"). */
  placeOf: (span: { fromIndex: number; toIndex: number }) => string;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const words = (name: string) => name.replaceAll('_', ' ');

function headline(findings: TraceFindings): string {
  const { direction, keepOffCrossings, pressureExcesses } = findings;
  if (keepOffCrossings.length > 0) return 'This stroke touches an area to keep off.';
  switch (direction.verdict) {
    case 'too-short':
      return `Too short to judge: draw at least ${percent(MIN_PATH_S)} of the leg's length.`;
    case 'distal':
      return 'This stroke runs away from the heart.';
    case 'mixed':
      return `Partly toward the heart: ${percent(direction.proximalShare)} of the path runs up the leg.`;
    case 'proximal':
      return pressureExcesses.length > 0
        ? 'Toward the heart, but too firm in places.'
        : 'Toward the heart.';
  }
}

function directionTips(protocol: Protocol, direction: DirectionJudgement): TraceTip[] {
  if (direction.distalSegments.length === 0) return [];
  const stretches = direction.distalSegments
    .map((d) => `from ${percent(d.sFrom)} down to ${percent(d.sTo)} of the leg`)
    .join('; ');
  return [
    {
      topic: 'direction',
      text: `The stroke runs back down the leg (${stretches}).`,
      quote: directionQuote(protocol),
    },
  ];
}

function pressureTips(
  protocol: Protocol,
  excesses: readonly PressureExcess[],
  placeOf: TraceFindings['placeOf'],
): TraceTip[] {
  return excesses.map((excess) => ({
    topic: 'pressure',
    text: `${capitalised(excess.pressure)} pressure on ${placeOf(excess)}, where the skin takes ${excess.zoneLevel} at most.`,
    quote: quoteById(protocol, excess.sourceId) ?? {
      sourceId: excess.sourceId,
      text: excess.reason,
    },
  }));
}

function keepOffTips(
  protocol: Protocol,
  crossings: readonly KeepOffCrossing[],
  placeOf: TraceFindings['placeOf'],
): TraceTip[] {
  return crossings.map((crossing) => ({
    topic: 'keep-off',
    text: `Keep the hands off ${placeOf(crossing)}.`,
    quote: quoteById(protocol, crossing.sourceId) ?? {
      sourceId: crossing.sourceId,
      text: crossing.reason,
    },
  }));
}

function laneTips(protocol: Protocol, findings: TraceFindings): TraceTip[] {
  const { lane, extent, speed, topRegion, direction, pressureExcesses } = findings;
  if (lane === null) {
    return topRegion === null
      ? []
      : [
          {
            topic: 'lane',
            text: `No stroke of the protocol runs here; the stroke is mostly on the ${words(topRegion)}.`,
            quote: null,
          },
        ];
  }
  const phase = protocol.phases.find((p) => p.id === lane.phaseId);
  if (phase === undefined) return [];
  // A cue of the phase ("Start at the foot and ankle") is advice for a stroke that went wrong;
  // a stroke that passed gets the name of the stroke it matched, without it.
  const passed = direction.verdict === 'proximal' && pressureExcesses.length === 0;
  const tips: TraceTip[] = [
    {
      topic: 'lane',
      text: `Closest stroke (${phase.name}): ${lane.description}`,
      quote: passed ? null : cueQuote(phase),
    },
  ];
  if (extent.dominantPressure !== null && extent.dominantPressure !== phase.pressure) {
    tips.push({
      topic: 'pressure',
      text: `${phase.name} is done with ${phase.pressure} pressure; this stroke was mostly ${extent.dominantPressure}.`,
      quote: handsQuote(phase),
    });
  }
  if (speed && speed.judgement !== 'about right') {
    tips.push({
      topic: 'tempo',
      text: `${speed.judgement === 'too fast' ? 'Slow down' : 'Move on a little faster'}: about ${speed.ratio.toFixed(1)}× the demonstration's pace (one pass in ${lane.strokeSeconds} s).`,
      quote: pacingQuote(protocol),
    });
  }
  return tips;
}

export function traceMessages(protocol: Protocol, findings: TraceFindings): TraceMessages {
  const tips = [
    ...keepOffTips(protocol, findings.keepOffCrossings, findings.placeOf),
    ...directionTips(protocol, findings.direction),
    ...pressureTips(protocol, findings.pressureExcesses, findings.placeOf),
    ...laneTips(protocol, findings),
  ];
  if (findings.direction.verdict === 'too-short') {
    tips.push({
      topic: 'length',
      text: `Draw one continuous stroke along the leg, at least ${percent(MIN_PATH_S)} of its length.`,
      quote: null,
    });
  }
  return { headline: headline(findings), tips };
}
