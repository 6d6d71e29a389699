/** A pen's pressure picks the level; mice and fingers draw with the level chosen in the panel. */
import { describe, expect, it } from 'vitest';
import {
  PEN_LIGHT_BELOW,
  PEN_MODERATE_BELOW,
  penPressureLevel,
  samplePressure,
} from '../../../src/scene/practice/pointerPressure';

describe('pen pressure', () => {
  it('splits the pen’s range into thirds: light, moderate, firm', () => {
    expect(penPressureLevel(0.05)).toBe('light');
    expect(penPressureLevel(PEN_LIGHT_BELOW - 0.01)).toBe('light');
    expect(penPressureLevel(PEN_LIGHT_BELOW)).toBe('moderate');
    expect(penPressureLevel(0.5)).toBe('moderate');
    expect(penPressureLevel(PEN_MODERATE_BELOW)).toBe('firm');
    expect(penPressureLevel(1)).toBe('firm');
  });

  it('reads nonsense as the lightest level', () => {
    expect(penPressureLevel(Number.NaN)).toBe('light');
  });
});

describe('the pressure of a sample', () => {
  it('follows a pen that reports pressure', () => {
    expect(samplePressure({ pointerType: 'pen', pressure: 0.9 }, 'light', true)).toBe('firm');
    expect(samplePressure({ pointerType: 'pen', pressure: 0.1 }, 'firm', true)).toBe('light');
  });

  it('is the chosen level for mice and fingers, whatever they report', () => {
    expect(samplePressure({ pointerType: 'mouse', pressure: 0.5 }, 'firm', true)).toBe('firm');
    expect(samplePressure({ pointerType: 'touch', pressure: 1 }, 'light', true)).toBe('light');
  });

  it('is the chosen level when pen pressure is off, or the pen reports none', () => {
    expect(samplePressure({ pointerType: 'pen', pressure: 0.9 }, 'light', false)).toBe('light');
    expect(samplePressure({ pointerType: 'pen', pressure: 0 }, 'moderate', true)).toBe('moderate');
  });
});
