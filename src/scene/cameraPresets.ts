/**
 * Camera presets around the standing leg (metres; y up, anterior +z, the right leg's medial
 * side +x). The left leg is the mirror, so its medial view looks from −x.
 */
import type { LegSide } from '../anatomy/names';
import type { CameraPreset } from '../state/viewStore';

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

/** The setup step's side view of the leg raised on its wedge (`setupPose.ts`). */
const SETUP_CAMERA: CameraPose = {
  position: [3.1, 1.5, 0.0],
  target: [0, 0.96, 0.0],
};

// The leg (0–0.99 m high) large in the stage, with the groin and the start of the see-through
// trunk above it, so "toward the heart" has somewhere to point (fov 32°: ~1.2 m seen at 2.05 m).
const TARGET_Y = 0.54;
const DISTANCE = 2.05;

const RIGHT_LEG_POSES: Record<CameraPreset, CameraPose> = {
  front: { position: [0, 0.6, DISTANCE], target: [0, TARGET_Y, 0.02] },
  medial: { position: [DISTANCE, 0.6, 0.12], target: [0, TARGET_Y, 0.02] },
  lateral: { position: [-DISTANCE, 0.6, 0.12], target: [0, TARGET_Y, 0.02] },
  back: { position: [0, 0.6, -DISTANCE], target: [0, TARGET_Y, 0.02] },
  // From above the hip looking down the leg, as a person massaging their own leg sees it, far
  // enough back that the whole leg (and the hands anywhere on it) stays in frame.
  self: { position: [0.16, 1.5, 1.0], target: [0, 0.42, 0.08] },
};

/** A preset, or the side view of the setup step (the leg raised on a wedge). */
export function cameraPose(preset: CameraPreset | 'setup', leg: LegSide): CameraPose {
  const pose = preset === 'setup' ? SETUP_CAMERA : RIGHT_LEG_POSES[preset];
  if (leg === 'right') return pose;
  const [px, py, pz] = pose.position;
  const [tx, ty, tz] = pose.target;
  return { position: [-px, py, pz], target: [-tx, ty, tz] };
}
