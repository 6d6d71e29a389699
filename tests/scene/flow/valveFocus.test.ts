/** Which valve the lesson points out: the one the hands push blood toward. */
import { describe, expect, it } from 'vitest';
import { PALM_SPREAD_DEG } from '../../../src/physiology';
import { FOCUS_AHEAD_S, valveAhead, type FocusValve } from '../../../src/scene/flow/valveFocus';

const medial = (s: number, deep = false): FocusValve => ({ s, theta: 90, deep });
const hand = (s: number, theta = 90, contact = true) => ({ s, theta, contact });

describe('valveAhead', () => {
  const valves = [medial(0.3), medial(0.4), medial(0.5)];

  it('on a proximal stroke, the next valve above the palm', () => {
    expect(valveAhead(valves, [hand(0.36)], 1)).toBe(1);
  });

  it('on a stroke run the wrong way, the next valve below the palm', () => {
    expect(valveAhead(valves, [hand(0.36)], -1)).toBe(0);
  });

  it('none when the next valve is out of reach ahead', () => {
    expect(valveAhead(valves, [hand(0.5 + 0.01)], 1)).toBe(-1);
    expect(valveAhead([medial(0.4 + FOCUS_AHEAD_S + 0.01)], [hand(0.4)], 1)).toBe(-1);
  });

  it('none while the hands are lifted', () => {
    expect(valveAhead(valves, [hand(0.36, 90, false)], 1)).toBe(-1);
  });

  it('only valves under the palm’s width around the leg', () => {
    expect(valveAhead(valves, [hand(0.36, 90 + PALM_SPREAD_DEG + 5)], 1)).toBe(-1);
    expect(valveAhead(valves, [hand(0.36, 90 + PALM_SPREAD_DEG - 5)], 1)).toBe(1);
  });

  it('a superficial valve under the palm wins over a nearer deep one', () => {
    expect(valveAhead([medial(0.37, true), medial(0.42)], [hand(0.36)], 1)).toBe(1);
  });

  it('the nearest over both hands', () => {
    expect(valveAhead(valves, [hand(0.22), hand(0.46)], 1)).toBe(2);
  });
});
