/**
 * The camera that follows the lesson: each stroke seen from the side of the leg its lane runs on,
 * so the hands are in view (a lane on the back of the thigh is seen from behind, the outer glide
 * from the outside). Between strokes, while the hands lift and travel, the view is already the
 * one of the stroke they travel to. Pure.
 */
import type { AspectName } from '../anatomy/names';
import type { Timeline } from '../protocol/motion/types';
import { clipAt } from '../protocol/sample';
import type { CameraPreset } from '../state/viewStore';

const PRESET_FOR_ASPECT: Record<AspectName, CameraPreset> = {
  anterior: 'front',
  anteromedial: 'medial',
  medial: 'medial',
  posteromedial: 'medial',
  posterior: 'back',
  posterolateral: 'lateral',
  lateral: 'lateral',
  anterolateral: 'lateral',
};

export function presetForAspect(aspect: AspectName): CameraPreset {
  return PRESET_FOR_ASPECT[aspect];
}

/** The preset from which the stroke at `t` (or the one the hands are travelling to) is seen. */
export function followPreset(timeline: Timeline, t: number): CameraPreset | null {
  if (timeline.clips.length === 0) return null;
  const clip = clipAt(timeline, t);
  for (let i = clip.index; i < timeline.clips.length; i += 1) {
    const next = timeline.clips[i];
    if (next !== undefined && next.kind !== 'return') return presetForAspect(next.lane.aspect);
  }
  return null;
}
