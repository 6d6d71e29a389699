/**
 * "Wrong way", in red on the leg just below the hands while the wrong-way demonstration plays: a
 * DOM label (drei `Html`) that follows the right hand down the skin. Below rather than beside,
 * because beside the leg are the valves card and the view controls.
 */
import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Vector3, type Group } from 'three';
import { playbackClock } from '../../state/clock';
import { useFlowStore } from '../../state/flowStore';
import { usePlaybackStore } from '../../state/playbackStore';
import type { SkinSurface } from '../surface';
import { wrongWayPose } from '../../protocol/wrongWay';

/** How far below the hand the label sits, as a share of the leg's length (about 11 cm). */
const LABEL_BELOW_S = 0.12;
/** Lowest place for it: above the toes. */
const LABEL_MIN_S = 0.08;
/** How far off the skin it floats, metres. */
const LABEL_LIFT_M = 0.03;
const point = new Vector3();
const normal = new Vector3();

function placeLabel(group: Group | null, surface: SkinSurface): void {
  const timeline = usePlaybackStore.getState().timeline;
  if (!group || !timeline) return;
  const hand = wrongWayPose(timeline, playbackClock.t).right;
  surface.pointAt(Math.max(LABEL_MIN_S, hand.s - LABEL_BELOW_S), hand.theta, point, normal);
  group.position.copy(point).addScaledVector(normal, LABEL_LIFT_M);
}

interface Props {
  surface: SkinSurface;
  lesson: boolean;
  /** The label's words. */
  text: string;
}

export function WrongWayLabel({ surface, lesson, text }: Props) {
  const wrongWay = useFlowStore((s) => s.wrongWay);
  const group = useRef<Group>(null);
  useFrame(() => placeLabel(group.current, surface));
  if (!wrongWay || !lesson) return null;
  return (
    <group ref={group} name="flow_wrong_way_label">
      <Html center zIndexRange={[3, 0]} className="flow-wrongway-label">
        <span data-testid="wrong-way-label">{text}</span>
      </Html>
    </group>
  );
}
