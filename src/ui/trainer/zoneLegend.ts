/**
 * The pressure-zone key, from the protocol: for each zone level, what it is called and why the
 * skin there is coloured so. Every reason is the protocol's own text; nothing is invented here.
 */
import { ZONE_LEVELS, type ZoneLevel } from '../../protocol/zones';
import type { PressureRule, Protocol } from '../../protocol/schema';
import { capitalise } from '../describe';
import { REGION_LABELS, trainerStrings, ZONE_TITLES } from '../strings';

export interface ZoneLegendEntry {
  level: ZoneLevel;
  title: string;
  reasons: string[];
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * One entry per zone level the protocol can produce, most restrictive first. Keep-off always
 * appears (the learner can mark places to keep off); a pressure level appears when a pressure
 * rule sets that limit: light from the rules that cap places (bone close to the skin…),
 * moderate from the general rule, firm from the kneading rule.
 */
export function zoneLegend(protocol: Pick<Protocol, 'rules' | 'keepOff'>): ZoneLegendEntry[] {
  const pressure = protocol.rules.filter((rule): rule is PressureRule => rule.kind === 'pressure');
  const reasonsFor = (level: ZoneLevel): string[] => {
    if (level === 'keep-off') {
      return unique([
        ...protocol.keepOff.map(
          (area) => `${capitalise(REGION_LABELS[area.region])}: ${area.text}`,
        ),
        trainerStrings.legend.placesYouMark,
      ]);
    }
    return unique(pressure.filter((rule) => rule.maxPressure === level).map((rule) => rule.text));
  };
  return ZONE_LEVELS.map((level) => ({
    level,
    title: ZONE_TITLES[level],
    reasons: reasonsFor(level),
  })).filter((entry) => entry.reasons.length > 0);
}
