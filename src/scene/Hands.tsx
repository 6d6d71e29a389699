/**
 * The two hands, placed every frame from `sample(timeline, t)`: resting on the skin and
 * oriented to it, fingers up the leg, lifted between strokes. Under each palm, rings show the
 * stroke's pressure — one ring light, two moderate, three firm, so it reads without colour —
 * and swell with each squeeze or pulse.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  Matrix4,
  MeshBasicMaterial,
  MeshStandardMaterial,
  RingGeometry,
  Vector3,
  type Group,
  type Mesh,
} from 'three';
import { PRESSURE_LEVELS } from '../anatomy/names';
import type { HandPose, Timeline } from '../protocol/timeline';
import { playbackClock } from '../state/clock';
import { lessonPose } from './flow/lessonPose';
import { createHandGeometry } from './handGeometry';
import { handMatrix } from './handFrame';
import type { SkinSurface } from './surface';

const LIFTED_M = 0.05;
const RESTING_M = 0.012;
const PRESS_DEPTH_M = 0.006;
const RING_RADII = [0.05, 0.062, 0.074];

const point = new Vector3();
const normal = new Vector3();
const matrix = new Matrix4();

interface Props {
  timeline: Timeline;
  surface: SkinSurface;
  handScale: number;
}

export function Hands({ timeline, surface, handScale }: Props) {
  const hands = { left: useRef<Mesh>(null), right: useRef<Mesh>(null) };
  const rings = { left: useRef<Group>(null), right: useRef<Group>(null) };
  const geometry = useMemo(
    () => ({ left: createHandGeometry('left'), right: createHandGeometry('right') }),
    [],
  );
  const handMaterial = useMemo(
    () => new MeshStandardMaterial({ color: '#f6f1ea', roughness: 0.55 }),
    [],
  );
  const ringGeometries = useMemo(
    () => RING_RADII.map((r) => new RingGeometry(r - 0.004, r, 48).rotateX(-Math.PI / 2)),
    [],
  );
  const ringMaterial = useMemo(
    () =>
      new MeshBasicMaterial({
        color: '#ffffff',
        transparent: true,
        opacity: 0.95,
        toneMapped: false,
      }),
    [],
  );

  useEffect(
    () => () => {
      geometry.left.dispose();
      geometry.right.dispose();
      handMaterial.dispose();
      ringGeometries.forEach((g) => g.dispose());
      ringMaterial.dispose();
    },
    [geometry, handMaterial, ringGeometries, ringMaterial],
  );

  useFrame(() => {
    const pose = lessonPose(timeline, playbackClock.t); // the wrong-way demo runs strokes down
    place(hands.left.current, rings.left.current, pose.left, surface, handScale);
    place(hands.right.current, rings.right.current, pose.right, surface, handScale);
  });

  return (
    <group name="hands">
      {(['left', 'right'] as const).map((side) => (
        <group key={side}>
          <mesh
            ref={hands[side]}
            name={`hand_${side}`}
            geometry={geometry[side]}
            material={handMaterial}
            matrixAutoUpdate={false}
          />
          <group ref={rings[side]} matrixAutoUpdate={false} name={`pressure_${side}`}>
            {ringGeometries.map((g, i) => (
              <mesh key={i} geometry={g} material={ringMaterial} renderOrder={2} />
            ))}
          </group>
        </group>
      ))}
    </group>
  );
}

function place(
  hand: Mesh | null,
  ringGroup: Group | null,
  pose: HandPose,
  surface: SkinSurface,
  handScale: number,
) {
  if (!hand || !ringGroup) return;
  const press = pose.contact ? pose.compression * PRESS_DEPTH_M : 0;
  const lift = pose.contact ? RESTING_M - press : LIFTED_M;
  handMatrix(surface, pose.s, pose.theta, lift, handScale, point, normal, matrix);
  hand.matrix.copy(matrix);
  hand.matrixWorldNeedsUpdate = true;
  const swell = 1 + 0.18 * pose.compression;
  handMatrix(surface, pose.s, pose.theta, 0.003, handScale * swell, point, normal, matrix);
  ringGroup.matrix.copy(matrix);
  ringGroup.matrixWorldNeedsUpdate = true;
  ringGroup.visible = pose.contact;
  const count = PRESSURE_LEVELS.indexOf(pose.pressure) + 1;
  ringGroup.children.forEach((ring, i) => (ring.visible = i < count));
}
