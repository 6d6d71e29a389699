/**
 * Where "toward the heart" leads: an arrow from the groin (the saphenofemoral junction) up
 * through the see-through trunk toward the heart, labelled, so the direction of every stroke
 * has somewhere to point. Positions come from the model's nodes (`lm_saphenofemoral_junction`,
 * `context_heart`); without them nothing is drawn.
 */
import { useMemo } from 'react';
import type { Group } from 'three';
import { arrowPose, ARROW_COLOUR, HEAD_LENGTH_M, SHAFT_RADIUS_M } from './heartArrow';
import { LabelSprite } from './LabelSprite';

export function HeartDirection({
  scene,
  visible,
  label,
}: {
  scene: Group;
  visible: boolean;
  label: string;
}) {
  const pose = useMemo(() => arrowPose(scene), [scene]);
  if (!pose) return null;
  const shaft = pose.length - HEAD_LENGTH_M;
  return (
    <group visible={visible} name="heart_direction">
      <group position={pose.start} quaternion={pose.rotation}>
        <mesh position={[0, shaft / 2, 0]} renderOrder={2}>
          <cylinderGeometry args={[SHAFT_RADIUS_M, SHAFT_RADIUS_M, shaft, 12]} />
          <meshStandardMaterial color={ARROW_COLOUR} roughness={0.5} />
        </mesh>
        <mesh position={[0, shaft + HEAD_LENGTH_M / 2, 0]} renderOrder={2}>
          <coneGeometry args={[SHAFT_RADIUS_M * 3, HEAD_LENGTH_M, 16]} />
          <meshStandardMaterial color={ARROW_COLOUR} roughness={0.5} />
        </mesh>
      </group>
      <LabelSprite
        text={label}
        position={[pose.tip.x, pose.tip.y + 0.045, pose.tip.z]}
        height={0.045}
        colour={ARROW_COLOUR}
      />
    </group>
  );
}
