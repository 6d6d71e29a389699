/**
 * Soft, even lighting that keeps form readable on a washed-out projector: a sky/ground fill,
 * a key from the upper front, a rim from behind to separate the leg from the background, and a
 * low room environment (0.25: enough for the skin's sheen, more washes the skin out).
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PMREMGenerator, type Scene, type WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

export const ENVIRONMENT_INTENSITY = 0.25;

/** A prefiltered room as the scene's environment light; returns how to take it away. */
function installRoomEnvironment(gl: WebGLRenderer, scene: Scene): () => void {
  const pmrem = new PMREMGenerator(gl);
  const room = new RoomEnvironment();
  const target = pmrem.fromScene(room, 0.04);
  room.dispose();
  pmrem.dispose();
  scene.environment = target.texture;
  scene.environmentIntensity = ENVIRONMENT_INTENSITY;
  return () => {
    scene.environment = null;
    target.dispose();
  };
}

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
