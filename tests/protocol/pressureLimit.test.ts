import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { pressureLimit } from '../../src/protocol/pressureLimit';
import type { Rule } from '../../src/protocol/schema';

const rules = defaultProtocol.rules;

describe('pressure limits of the default protocol', () => {
  it('gliding is light to moderate on the thigh', () => {
    expect(pressureLimit(rules, { technique: 'effleurage', regions: ['thigh_anterior'] })).toEqual({
      level: 'moderate',
      ruleId: 'light-to-moderate',
    });
  });

  it('kneading may be firm on the calf', () => {
    expect(pressureLimit(rules, { technique: 'petrissage', regions: ['calf'] })).toEqual({
      level: 'firm',
      ruleId: 'kneading-firm-not-painful',
    });
  });

  it('the shin is light-only, whatever the technique', () => {
    for (const technique of ['effleurage', 'petrissage'] as const) {
      expect(pressureLimit(rules, { technique, regions: ['shin'] }).level).toBe('light');
    }
  });

  it('bone close to the skin is light-only, bone deep under muscle is not', () => {
    const near = pressureLimit(rules, {
      technique: 'petrissage',
      regions: ['calf'],
      boneDepthMm: 4,
    });
    expect(near).toEqual({ level: 'light', ruleId: 'light-near-bone' });
    const deep = pressureLimit(rules, {
      technique: 'petrissage',
      regions: ['calf'],
      boneDepthMm: 40,
    });
    expect(deep.level).toBe('firm');
  });

  it('the back of the knee allows no kneading', () => {
    const limit = pressureLimit(rules, { technique: 'petrissage', regions: ['popliteal_fossa'] });
    expect(limit).toEqual({ level: 'light', ruleId: 'no-deep-work-behind-knee' });
  });
});

describe('pressure limits in general', () => {
  it('without any pressure rule nothing limits the pressure', () => {
    expect(pressureLimit([], { technique: 'effleurage' })).toEqual({ level: 'firm', ruleId: null });
  });

  it('a place cap limited to one technique leaves the other alone', () => {
    const onlyKneading: Rule[] = [
      {
        kind: 'pressure',
        id: 'no-kneading-on-calf',
        maxPressure: 'light',
        where: { regions: ['calf'], techniques: ['petrissage'] },
        text: 'x',
        provenance: 'proximal',
      },
    ];
    expect(pressureLimit(onlyKneading, { technique: 'petrissage', regions: ['calf'] }).level).toBe(
      'light',
    );
    expect(pressureLimit(onlyKneading, { technique: 'effleurage', regions: ['calf'] }).level).toBe(
      'firm',
    );
  });
});
