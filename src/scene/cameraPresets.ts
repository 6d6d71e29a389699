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

// The leg, the hip and the lower trunk to the navel (1.13 m) fit the frame with a little room.
const TARGET_Y = 0.56;
const DISTANCE = 2.4;

const RIGHT_LEG_POSES: Record<CameraPreset, CameraPose> = {
  front: { position: [0, 0.64, DISTANCE], target: [0, TARGET_Y, 0.02] },
  medial: { position: [DISTANCE, 0.64, 0.12], target: [0, TARGET_Y, 0.02] },
  lateral: { position: [-DISTANCE, 0.64, 0.12], target: [0, TARGET_Y, 0.02] },
  back: { position: [0, 0.64, -DISTANCE], target: [0, TARGET_Y, 0.02] },
  // From the hip looking down the leg, as a person massaging their own leg sees it.
  self: { position: [0.08, 1.32, 0.42], target: [0, 0.32, 0.12] },
};

/** A preset, or the side view of the setup step (the leg raised on a wedge). */
export function cameraPose(preset: CameraPreset | 'setup', leg: LegSide): CameraPose {
  const pose = preset === 'setup' ? SETUP_CAMERA : RIGHT_LEG_POSES[preset];
  if (leg === 'right') return pose;
  const [px, py, pz] = pose.position;
  const [tx, ty, tz] = pose.target;
  return { position: [-px, py, pz], target: [-tx, ty, tz] };
}
