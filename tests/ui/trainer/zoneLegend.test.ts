/** The pressure-zone key of the default protocol: every reason is the protocol's own text. */
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import type { PressureRule, Protocol } from '../../../src/protocol/schema';
import { trainerStrings, ZONE_TITLES } from '../../../src/ui/strings';
import { zoneLegend } from '../../../src/ui/trainer/zoneLegend';

const protocol = defaultProtocol;
const pressureRule = (id: string): PressureRule => {
  const rule = protocol.rules.find((r) => r.id === id);
  if (rule?.kind !== 'pressure') throw new Error(`no pressure rule ${id}`);
  return rule;
};
const entry = (p: Pick<Protocol, 'rules' | 'keepOff'>, level: string) =>
  zoneLegend(p).find((e) => e.level === level);

describe('the zone legend of the default protocol', () => {
  it('has keep-off, light, moderate and firm, most restrictive first, with their titles', () => {
    const legend = zoneLegend(protocol);
    expect(legend.map((e) => e.level)).toEqual(['keep-off', 'light', 'moderate', 'firm']);
    for (const e of legend) expect(e.title).toBe(ZONE_TITLES[e.level]);
  });

  it('explains light by the rules that cap places: bone close to the skin, behind the knee…', () => {
    const light = entry(protocol, 'light');
    expect(light?.reasons).toContain(pressureRule('light-over-bony-areas').text);
    expect(light?.reasons).toContain(pressureRule('light-near-bone').text);
    expect(light?.reasons).toContain(pressureRule('no-deep-work-behind-knee').text);
    expect(light?.reasons.join(' ')).toMatch(/shin and the knee/);
  });

  it('explains moderate by the general rule and firm by the kneading rule, only', () => {
    expect(entry(protocol, 'moderate')?.reasons).toEqual([pressureRule('light-to-moderate').text]);
    expect(entry(protocol, 'firm')?.reasons).toEqual([
      pressureRule('kneading-firm-not-painful').text,
    ]);
  });

  it('always lists places the learner marks under keep-off, after the protocol’s own areas', () => {
    expect(protocol.keepOff).toEqual([]);
    expect(entry(protocol, 'keep-off')?.reasons).toEqual([trainerStrings.legend.placesYouMark]);
    const withArea: Protocol = {
      ...protocol,
      keepOff: [
        {
          id: 'varicose',
          region: 'calf',
          text: 'Keep off visible varicose veins.',
          why: 'Pressure can hurt the vessel.',
          provenance: 'proximal',
        },
      ],
    };
    expect(entry(withArea, 'keep-off')?.reasons).toEqual([
      'Calf: Keep off visible varicose veins.',
      trainerStrings.legend.placesYouMark,
    ]);
  });

  it('leaves out a pressure level no rule sets', () => {
    const noKneading = protocol.rules.filter((r) => r.id !== 'kneading-firm-not-painful');
    expect(zoneLegend({ rules: noKneading, keepOff: [] }).map((e) => e.level)).toEqual([
      'keep-off',
      'light',
      'moderate',
    ]);
  });
});
