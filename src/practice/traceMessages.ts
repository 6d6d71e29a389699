/**
 * What the learner reads after a stroke: a headline and tips. Proximal's own words only frame
 * the findings; every statement of the method is quoted from the protocol.
 */
import type { RegionName } from '../anatomy/names';
import { message, type Message } from '../i18n/message';
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
  text: Message;
  /** The protocol's words behind it, when there are some. */
  quote: Quote | null;
}

export interface TraceMessages {
  headline: Message;
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
  placeOf: (span: { fromIndex: number; toIndex: number }) => Message;
}

/** A share rounded to whole percent, as the messages show it (`{share, number, percent}`). */
const percent = (share: number) => Math.round(share * 100) / 100;

function headline(findings: TraceFindings): Message {
  const { direction, keepOffCrossings, pressureExcesses } = findings;
  if (keepOffCrossings.length > 0) return message('practice:trace.headline.keepOff');
  switch (direction.verdict) {
    case 'too-short':
      return message('practice:trace.headline.tooShort', { share: percent(MIN_PATH_S) });
    case 'distal':
      return message('practice:trace.headline.distal');
    case 'mixed':
      return message('practice:trace.headline.mixed', {
        share: percent(direction.proximalShare),
      });
    case 'proximal':
      return pressureExcesses.length > 0
        ? message('practice:trace.headline.proximalTooFirm')
        : message('practice:trace.headline.proximal');
  }
}

function directionTips(protocol: Protocol, direction: DirectionJudgement): TraceTip[] {
  if (direction.distalSegments.length === 0) return [];
  const stretches = direction.distalSegments.map((d) =>
    message('practice:trace.tip.stretch', { from: percent(d.sFrom), to: percent(d.sTo) }),
  );
  return [
    {
      topic: 'direction',
      text: message('practice:trace.tip.runsBack', { stretches }),
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
    text: message('practice:trace.tip.tooFirm', {
      pressure: excess.pressure,
      place: placeOf(excess),
      zone: excess.zoneLevel === 'keep-off' ? 'keepOff' : excess.zoneLevel,
    }),
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
    text: message('practice:trace.tip.keepOff', { place: placeOf(crossing) }),
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
            text: message('practice:trace.tip.noLane', {
              region: message(`terms:regionPlace.${topRegion}`),
            }),
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
      text: message('practice:trace.tip.closest', {
        phase: phase.name,
        description: lane.description,
      }),
      quote: passed ? null : cueQuote(phase),
    },
  ];
  if (extent.dominantPressure !== null && extent.dominantPressure !== phase.pressure) {
    tips.push({
      topic: 'pressure',
      text: message('practice:trace.tip.pressureMismatch', {
        phase: phase.name,
        expected: phase.pressure,
        actual: extent.dominantPressure,
      }),
      quote: handsQuote(phase),
    });
  }
  if (speed && speed.judgement !== 'about right') {
    tips.push({
      topic: 'tempo',
      text: message('practice:trace.tip.tempo', {
        judgement: speed.judgement === 'too fast' ? 'tooFast' : 'tooSlow',
        ratio: Math.round(speed.ratio * 10) / 10,
        seconds: lane.strokeSeconds,
      }),
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
      text: message('practice:trace.tip.length', { share: percent(MIN_PATH_S) }),
      quote: null,
    });
  }
  return { headline: headline(findings), tips };
}
