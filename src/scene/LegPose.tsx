/**
 * Turns the leg between standing (anatomical position, for the strokes) and lying raised on a
 * wedge (the setup step), about the hip. The turn is animated, or instant with reduced motion
 * and on the first pose.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type ReactNode } from 'react';
import type { Group } from 'three';
import { prefersReducedMotion } from './reducedMotion';
import { HIP_PIVOT, LYING_ROTATION_X } from './setupPose';

const TURN_SECONDS = 1.2;

export function LegPose({ lying, children }: { lying: boolean; children: ReactNode }) {
  const group = useRef<Group>(null);
  const invalidate = useThree((s) => s.invalidate);
  const target = lying ? LYING_ROTATION_X : 0;
  const placed = useRef(false);

  // The first pose is taken at once: a leg that opens on the setup step would otherwise swing
  // up through the table while the page loads. Later changes turn, unless motion is reduced.
  useEffect(() => {
    const g = group.current;
    if (g && (!placed.current || prefersReducedMotion())) g.rotation.x = target;
    placed.current = true;
    invalidate();
  }, [target, invalidate]);

  useFrame((_, delta) => {
    const g = group.current;
    if (!g || g.rotation.x === target) return;
    const step = (Math.abs(LYING_ROTATION_X) / TURN_SECONDS) * Math.min(delta, 0.1);
    const remaining = target - g.rotation.x;
    g.rotation.x =
      Math.abs(remaining) <= step ? target : g.rotation.x + Math.sign(remaining) * step;
    invalidate();
  });

  return (
    <group ref={group} position={HIP_PIVOT}>
      <group position={[-HIP_PIVOT[0], -HIP_PIVOT[1], -HIP_PIVOT[2]]}>{children}</group>
    </group>
  );
}
