/**
 * Debugging aid (fine-tuning panel): the leg's surface chart drawn on the skin, rings of equal s
 * every 0.05 and lines of equal θ every 30° (medial, +90°, brighter). In the leg's own space.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, Vector3 } from 'three';
import type { SkinSurface } from '../surface';

const LIFT_M = 0.002;
const point = new Vector3();
const normal = new Vector3();

function chartLines(surface: SkinSurface): { rings: BufferGeometry; meridians: BufferGeometry } {
  const at = (s: number, theta: number, out: number[]) => {
    surface.pointAt(s, theta, point, normal);
    point.addScaledVector(normal, LIFT_M);
    out.push(point.x, point.y, point.z);
  };
  const ring: number[] = [];
  for (let k = 1; k < 20; k++) {
    for (let theta = -180; theta < 180; theta += 5) {
      at(k / 20, theta, ring);
      at(k / 20, theta + 5, ring);
    }
  }
  const meridian: number[] = [];
  for (let theta = -150; theta <= 180; theta += 30) {
    for (let i = 0; i < 100; i++) {
      at(i / 100, theta, meridian);
      at((i + 1) / 100, theta, meridian);
    }
  }
  const geometry = (positions: number[]) => {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(positions, 3));
    return g;
  };
  return { rings: geometry(ring), meridians: geometry(meridian) };
}

const ringMaterial = new LineBasicMaterial({ color: '#ffd400' });
const meridianMaterial = new LineBasicMaterial({ color: '#00c8ff' });

export default function ChartOverlay({ surface }: { surface: SkinSurface }) {
  const invalidate = useThree((s) => s.invalidate);
  const lines = useMemo(() => chartLines(surface), [surface]);
  useEffect(() => {
    invalidate();
    return () => {
      lines.rings.dispose();
      lines.meridians.dispose();
      invalidate();
    };
  }, [lines, invalidate]);
  return (
    <>
      <lineSegments geometry={lines.rings} material={ringMaterial} />
      <lineSegments geometry={lines.meridians} material={meridianMaterial} />
    </>
  );
}
