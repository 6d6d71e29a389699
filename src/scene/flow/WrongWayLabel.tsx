/**
 * "Away from the heart", in red beside the hands while the wrong-way demonstration plays: a DOM
 * label (drei `Html`) that follows the right hand over the skin.
 */
import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Vector3, type Group } from 'three';
import { playbackClock } from '../../state/clock';
import { useFlowStore } from '../../state/flowStore';
import { usePlaybackStore } from '../../state/playbackStore';
import { flowStrings } from '../../ui/strings';
import type { SkinSurface } from '../surface';
import { wrongWayPose } from './wrongWay';

/** How far off the skin the label floats, metres (clear of the hand). */
const LABEL_LIFT_M = 0.09;
const point = new Vector3();
const normal = new Vector3();

function placeLabel(group: Group | null, surface: SkinSurface): void {
  const timeline = usePlaybackStore.getState().timeline;
  if (!group || !timeline) return;
  const hand = wrongWayPose(timeline, playbackClock.t).right;
  surface.pointAt(hand.s, hand.theta, point, normal);
  group.position.copy(point).addScaledVector(normal, LABEL_LIFT_M);
}

export function WrongWayLabel({ surface, lesson }: { surface: SkinSurface; lesson: boolean }) {
  const wrongWay = useFlowStore((s) => s.wrongWay);
  const group = useRef<Group>(null);
  useFrame(() => placeLabel(group.current, surface));
  if (!wrongWay || !lesson) return null;
  return (
    <group ref={group} name="flow_wrong_way_label">
      <Html
        center
        zIndexRange={[3, 0]}
        className="flow-wrongway-label"
        data-testid="wrong-way-label"
      >
        {flowStrings.wrongWayLabel}
      </Html>
    </group>
  );
}
