import { describe, expect, it } from 'vitest';
import { CLASS_CAMERAS, CLASS_LAYERS, CLASS_MODES } from '../../src/classroom/classState';
import { SPEEDS } from '../../src/state/playbackStore';
import { CAMERA_PRESETS, LAYERS, MODES } from '../../src/state/viewStore';

describe('the class state lists', () => {
  it('are the app’s own presets, layers and modes (the domain cannot import them)', () => {
    expect(CLASS_CAMERAS).toEqual(CAMERA_PRESETS);
    expect(CLASS_LAYERS).toEqual(LAYERS);
    // Every mode but the session coach, one person's own session (classStateBridge sends Watch).
    expect(CLASS_MODES).toEqual(MODES.filter((mode) => mode !== 'coach'));
    expect(Math.min(...SPEEDS)).toBe(0.25);
    expect(Math.max(...SPEEDS)).toBe(4);
  });
});
