/**
 * Where "toward the heart" leads: an arrow from the groin (the saphenofemoral junction) up
 * through the see-through trunk toward the heart, labelled, so the direction of every stroke
 * has somewhere to point. Positions come from the model's nodes (`lm_saphenofemoral_junction`,
 * `context_heart`); without them nothing is drawn.
 */
import { useMemo } from 'react';
import { Quaternion, Vector3, type Group } from 'three';
import { LabelSprite } from './LabelSprite';

const ARROW_COLOUR = '#123f8f';
/** The arrow ends this far below the heart's height: the trunk drawn stops at the navel. */
const STOP_BELOW_HEART_M = 0.16;
const SHAFT_RADIUS_M = 0.006;
const HEAD_LENGTH_M = 0.045;

interface ArrowPose {
  start: Vector3;
  length: number;
  rotation: Quaternion;
  tip: Vector3;
}

function arrowPose(scene: Group): ArrowPose | null {
  const sfj = scene.getObjectByName('lm_saphenofemoral_junction');
  const heart = scene.getObjectByName('context_heart');
  if (!sfj || !heart) return null;
  // In front of the skin over the groin, so the arrow is not swallowed by the leg.
  const start = sfj.position.clone().add(new Vector3(0, 0.03, 0.03));
  const towardHeart = heart.position.clone().sub(start);
  const rise = towardHeart.y - STOP_BELOW_HEART_M;
  if (rise <= 0) return null;
  const tip = start.clone().addScaledVector(towardHeart, rise / towardHeart.y);
  const direction = tip.clone().sub(start);
  const length = direction.length();
  const rotation = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), direction.normalize());
  return { start, length, rotation, tip };
}

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
