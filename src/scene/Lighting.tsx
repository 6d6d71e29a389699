/**
 * Soft, even lighting that keeps form readable on a washed-out projector: a sky/ground fill,
 * a key from the upper front, a rim from behind to separate the leg from the background, and a
 * low room environment (roomEnvironment.ts).
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { installRoomEnvironment } from './roomEnvironment';

export function Lighting() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const uninstall = installRoomEnvironment(gl, scene);
    invalidate();
    return uninstall;
  }, [gl, scene, invalidate]);

  return (
    <>
      <hemisphereLight args={['#ffffff', '#8a8f99', 1.0]} />
      <directionalLight position={[1.5, 2.5, 2]} intensity={1.6} />
      <directionalLight position={[-2, 1.2, 1]} intensity={0.55} />
      <directionalLight position={[0, 1.5, -2.5]} intensity={0.8} />
    </>
  );
}
