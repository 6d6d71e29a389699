/** The camera that follows the lesson: every stroke seen from the side its lane runs on. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LegModel } from '../../src/anatomy/legModel';
import { ASPECTS } from '../../src/anatomy/names';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { buildTimeline } from '../../src/protocol/timeline';
import { followPreset, presetForAspect } from '../../src/scene/followCamera';
import { loadDefaultLeg } from '../support/leg';

let model: LegModel;
beforeAll(async () => {
  model = await loadDefaultLeg();
});

describe('followPreset', () => {
  it('sees each aspect from its own side', () => {
    expect(presetForAspect('medial')).toBe('medial');
    expect(presetForAspect('lateral')).toBe('lateral');
    expect(presetForAspect('posterior')).toBe('back');
    expect(presetForAspect('anterior')).toBe('front');
    for (const aspect of ASPECTS) expect(presetForAspect(aspect)).toBeTruthy();
  });

  it('shows every stroke of the default lesson from its lane’s side, and a return from the side of the stroke it travels to', () => {
    const timeline = buildTimeline(defaultProtocol, { mode: 'demo', landmarks: model.landmarks });
    const seen = new Set<string>();
    timeline.clips.forEach((clip, index) => {
      const preset = followPreset(timeline, clip.start + clip.duration / 2);
      const stroke =
        clip.kind === 'return'
          ? timeline.clips.slice(index).find((c) => c.kind !== 'return')
          : clip;
      if (stroke === undefined) return;
      expect(preset).toBe(presetForAspect(stroke.lane.aspect));
      if (preset !== null) seen.add(preset);
    });
    // The default lesson works the inner, outer and back of the leg: the view changes with it.
    expect(seen.has('medial') && seen.has('lateral') && seen.has('back')).toBe(true);
  });
});
