import { describe, expect, it } from 'vitest';
import { LANDMARKS, REGIONS } from '../../src/anatomy/names';
import {
  bySeverity,
  describeLane,
  joinList,
  laneDirection,
  phaseSharePercents,
} from '../../src/ui/describe';
import { LANDMARK_LABELS, REGION_LABELS, strings } from '../../src/ui/strings';

describe('describing the protocol in words', () => {
  it('describes a calf lane the way a teacher would say it', () => {
    expect(
      describeLane({ from: 'achilles_insertion', to: 'popliteal_crease', aspect: 'posterior' }),
    ).toBe('from the Achilles tendon up to the back of the knee, back of the leg');
  });

  it('says "down" for a lane that runs away from the heart, so a wrong lane reads wrong', () => {
    expect(laneDirection('groin_crease', 'medial_malleolus')).toBe('down');
    expect(describeLane({ from: 'groin_crease', to: 'heel', aspect: 'medial' })).toContain(
      'down to the heel',
    );
    expect(laneDirection('medial_malleolus', 'lateral_malleolus')).toBe('across');
  });

  it('has a plain label for every region and landmark, none of them an identifier', () => {
    for (const region of REGIONS) expect(REGION_LABELS[region]).not.toMatch(/_/);
    for (const landmark of LANDMARKS) expect(LANDMARK_LABELS[landmark]).not.toMatch(/_/);
    expect(REGION_LABELS.popliteal_fossa).toBe('back of the knee (popliteal fossa)');
  });

  it('joins lists in English', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['shin'])).toBe('shin');
    expect(joinList(['shin', 'knee'])).toBe('shin and knee');
    expect(joinList(['foot', 'shin', 'knee'])).toBe('foot, shin and knee');
  });

  it('shares a session between phases in whole percents that add up to 100', () => {
    const phases = [2, 3, 3, 2].map((sessionWeight) => ({
      pacing: { demoStrokes: 1, strokeSeconds: 1, sessionWeight },
    }));
    expect(phaseSharePercents(phases)).toEqual([20, 30, 30, 20]);
    const thirds = [1, 1, 1].map((sessionWeight) => ({
      pacing: { demoStrokes: 1, strokeSeconds: 1, sessionWeight },
    }));
    const shares = phaseSharePercents(thirds);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
  });

  it('puts "stop" contraindications before the others, keeping their order otherwise', () => {
    const item = (id: string, severity: 'stop' | 'avoid-area' | 'consult') => ({
      id,
      name: id,
      severity,
      signs: ['x'],
      action: 'y',
    });
    const sorted = bySeverity([
      item('ask', 'consult'),
      item('skin', 'avoid-area'),
      item('dvt', 'stop'),
      item('veins', 'avoid-area'),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['dvt', 'skin', 'veins', 'ask']);
  });

  it('writes ranges with an en dash and says "daily" for seven times a week', () => {
    expect(strings.timing.minutes(15, 30)).toBe('15–30 minutes');
    expect(strings.timing.timesPerWeek(2, 3)).toBe('2–3 times a week');
    expect(strings.timing.timesPerWeek(7, 7)).toBe('daily');
  });
});
