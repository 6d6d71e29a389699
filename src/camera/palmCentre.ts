/**
 * The centre of the palm from the 21 hand landmarks of the detector (MediaPipe's numbering: 0
 * wrist, 5, 9, 13, 17 the knuckles of the index to little finger): the mean of the wrist and the
 * four knuckles, which stays put while the fingers curl.
 */
import type { ImagePoint } from './legLine';

export const HAND_LANDMARK_COUNT = 21;
const PALM = [0, 5, 9, 13, 17] as const;

/** Null when the landmarks are not a whole hand. */
export function palmCentre(landmarks: readonly ImagePoint[]): ImagePoint | null {
  if (landmarks.length < HAND_LANDMARK_COUNT) return null;
  let x = 0;
  let y = 0;
  for (const index of PALM) {
    const point = landmarks[index];
    if (!point || !Number.isFinite(point.x) || !Number.isFinite(point.y)) return null;
    x += point.x;
    y += point.y;
  }
  return { x: x / PALM.length, y: y / PALM.length };
}
