/** Which valve the lesson points out: the one the hands push blood toward. */
import { describe, expect, it } from 'vitest';
import type { PressureLevel } from '../../../src/anatomy/names';
import { PALM_SPREAD_DEG, palmFootprintOf } from '../../../src/physiology';
import { SUPERFICIAL_VEIN_DEPTH_MM } from '../../../src/physiology/parameters';
import {
  FOCUS_AHEAD_S,
  FOCUS_NEAR_S,
  valveAhead,
  type FocusValve,
} from '../../../src/scene/flow/valveFocus';

const medial = (s: number, deep = false): FocusValve => ({ s, theta: 90, deep });
const hand = (s: number, theta = 90, contact = true, pressure: PressureLevel = 'firm') => ({
  s,
  theta,
  contact,
  pressure,
});

describe('valveAhead', () => {
  const valves = [medial(0.3), medial(0.4), medial(0.5)];

  it('on a proximal stroke, the next valve above the palm', () => {
    expect(valveAhead(valves, [hand(0.35)], 1)).toBe(1);
  });

  it('on a stroke run the wrong way, the next valve below the palm', () => {
    expect(valveAhead(valves, [hand(0.35)], -1)).toBe(0);
  });

  it('not one under the palm’s middle: the next one beyond it', () => {
    expect(valveAhead(valves, [hand(0.4 - FOCUS_NEAR_S / 2)], 1)).toBe(2);
  });

  it('none when the next valve is out of reach ahead', () => {
    expect(valveAhead(valves, [hand(0.5 + 0.01)], 1)).toBe(-1);
    expect(valveAhead([medial(0.4 + FOCUS_AHEAD_S + 0.01)], [hand(0.4)], 1)).toBe(-1);
  });

  it('none while the hands are lifted', () => {
    expect(valveAhead(valves, [hand(0.35, 90, false)], 1)).toBe(-1);
  });

  it('only valves under the palm’s width around the leg, or a vein’s depth past its edge', () => {
    // Girth unknown (a traced stroke): the fixed footprint, PALM_SPREAD_DEG.
    expect(palmFootprintOf({}).mmPerDegree).toBeUndefined();
    expect(valveAhead(valves, [hand(0.35, 90 + PALM_SPREAD_DEG + 3)], 1)).toBe(-1);
    expect(valveAhead(valves, [hand(0.35, 90 + PALM_SPREAD_DEG - 3)], 1)).toBe(1);
    // Known: the palm's own width and the vein's depth past it (8 mm: 12° here).
    expect(SUPERFICIAL_VEIN_DEPTH_MM / (43 / 65)).toBeCloseTo(12.1, 1);
    // On a shin 240 mm round half a palm (43 mm) is ~65°.
    const shin = (theta: number) => ({
      ...hand(0.35, theta),
      palmSpreadDeg: 65,
      skinMmPerDegree: 43 / 65,
    });
    expect(valveAhead(valves, [shin(90 + 70)], 1)).toBe(1);
    expect(valveAhead(valves, [shin(90 + 90)], 1)).toBe(-1);
  });

  it('two palms side by side point out the valve on their line, not one under an outer edge', () => {
    // Palms ±66° from a medial lane on a shin 240 mm round: the rear palm's outer edge covers
    // a vein round the back (θ 200), nearer ahead than the valve on the lane.
    const shin = (theta: number) => ({
      ...hand(0.35, theta),
      palmSpreadDeg: 65,
      skinMmPerDegree: 43 / 65,
    });
    const onLane = medial(0.46);
    const behind = { s: 0.4, theta: 200, deep: false };
    expect(valveAhead([onLane, behind], [shin(90 - 66), shin(90 + 66)], 1)).toBe(0);
  });

  it('a superficial valve under the palm wins over a nearer deep one', () => {
    expect(valveAhead([medial(0.39, true), medial(0.42)], [hand(0.35)], 1)).toBe(1);
  });

  it('light pressure does not reach a deep valve; firmer pressure does, from a wider arc', () => {
    const deep = [{ s: 0.4, theta: 170, deep: true }];
    expect(valveAhead(deep, [hand(0.35, 90, true, 'light')], 1)).toBe(-1);
    expect(valveAhead(deep, [hand(0.35, 90, true, 'moderate')], 1)).toBe(0);
  });

  it('the nearest over both hands', () => {
    expect(valveAhead(valves, [hand(0.2), hand(0.45)], 1)).toBe(2);
  });
});
