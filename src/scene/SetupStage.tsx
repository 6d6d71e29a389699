/**
 * Props for the setup step, drawn around the raised leg: a bed, a wedge under the leg, a
 * simple trunk with the heart, and a dashed line at heart height so it is plain that the foot
 * lies above it. Positions are in the lying frame, with the hip at the origin and the head toward −z.
 */
import { Line } from '@react-three/drei';
import { useMemo } from 'react';
import { ExtrudeGeometry, Shape } from 'three';
import { LabelSprite } from './LabelSprite';
import type { SceneLabels } from './sceneLabels';
import { ELEVATION_DEG, HEART_ABOVE_HIP_M, HEART_HEADWARD_M } from './setupPose';

const BED_TOP = -0.1;
const LEG_LENGTH = 0.9;

function wedgeGeometry(): ExtrudeGeometry {
  // Side profile in (z, y): rises from the bed at mid-thigh to under the ankle.
  const rise = Math.tan((ELEVATION_DEG * Math.PI) / 180);
  const shape = new Shape();
  shape.moveTo(0.25, BED_TOP);
  shape.lineTo(0.82, BED_TOP);
  shape.lineTo(0.82, 0.82 * rise - 0.065);
  shape.lineTo(0.25, 0.25 * rise - 0.075);
  shape.closePath();
  const g = new ExtrudeGeometry(shape, {
    depth: 0.32,
    bevelEnabled: true,
    bevelSize: 0.01,
    bevelThickness: 0.01,
  });
  // The shape was drawn in x–y; turn it so x is z (along the leg) and extrude across the leg.
  g.rotateY(-Math.PI / 2);
  g.translate(0.16, 0, 0);
  return g;
}

export function SetupStage({ labels }: { labels: SceneLabels }) {
  const wedge = useMemo(() => wedgeGeometry(), []);
  const footHeight = LEG_LENGTH * Math.sin((ELEVATION_DEG * Math.PI) / 180);
  return (
    <group name="setup_stage">
      <mesh position={[0.1, BED_TOP - 0.04, -0.2]}>
        <boxGeometry args={[0.9, 0.08, 2.2]} />
        <meshStandardMaterial color="#c9d3e0" roughness={0.9} />
      </mesh>
      <mesh geometry={wedge}>
        <meshStandardMaterial color="#8fa7c4" roughness={0.85} />
      </mesh>
      {/* The trunk, lying on its back, head toward −z. */}
      <mesh position={[0.09, 0.02, -0.42]} rotation={[Math.PI / 2, 0, 0]}>
        <capsuleGeometry args={[0.14, 0.55, 8, 24]} />
        <meshStandardMaterial color="#b9bfc8" roughness={0.8} transparent opacity={0.55} />
      </mesh>
      <mesh position={[0.14, HEART_ABOVE_HIP_M, -HEART_HEADWARD_M]}>
        <sphereGeometry args={[0.045, 24, 16]} />
        <meshStandardMaterial color="#c0392b" roughness={0.5} />
      </mesh>
      <Line
        points={[
          [0.2, HEART_ABOVE_HIP_M, -HEART_HEADWARD_M],
          [0.2, HEART_ABOVE_HIP_M, LEG_LENGTH + 0.1],
        ]}
        color="#c0392b"
        lineWidth={2}
        dashed
        dashSize={0.03}
        gapSize={0.02}
      />
      <LabelSprite
        text={labels.heart}
        position={[0.2, HEART_ABOVE_HIP_M - 0.08, -HEART_HEADWARD_M]}
      />
      <LabelSprite
        text={labels.footAboveHeart}
        position={[0.2, footHeight + 0.12, LEG_LENGTH - 0.3]}
      />
    </group>
  );
}
