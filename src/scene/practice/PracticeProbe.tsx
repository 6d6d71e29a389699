/**
 * A read-only window into practice mode for browser tests and instructors' tools
 * (`window.proximalPractice`): where a chart point of the leg appears on the page, and the
 * practice store. Mounted in the leg's own space so it follows the pose and the mirroring.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3, type Group } from 'three';
import { usePracticeStore } from '../../state/practiceStore';
import type { SkinSurface } from '../surface';
import { rayToSkin } from './skinPicker';

export interface PracticeProbeHandle {
  /**
   * Viewport position (CSS px, what `page.mouse` takes) of the skin at (s, θ); null when it is
   * off the canvas, behind the camera or hidden behind other skin.
   */
  project: (s: number, theta: number) => { x: number; y: number } | null;
  store: typeof usePracticeStore;
}

declare global {
  interface Window {
    proximalPractice?: PracticeProbeHandle;
  }
}

/** A point counts as visible when the first skin along the sight line is this close to it (m). */
const VISIBLE_WITHIN_M = 0.005;
const point = new Vector3();
const normal = new Vector3();
const screen = new Vector3();

export function PracticeProbe({ surface }: { surface: SkinSurface }) {
  const group = useRef<Group>(null);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);

  useEffect(() => {
    window.proximalPractice = {
      project(s, theta) {
        const g = group.current;
        const skin = scene.getObjectByName('skin');
        if (!g || !skin) return null;
        g.updateWorldMatrix(true, false);
        surface.pointAt(s, theta, point, normal);
        point.applyMatrix4(g.matrixWorld);
        screen.copy(point).project(camera);
        if (screen.z > 1 || Math.abs(screen.x) > 1 || Math.abs(screen.y) > 1) return null;
        const rect = gl.domElement.getBoundingClientRect();
        const x = rect.left + ((screen.x + 1) / 2) * rect.width;
        const y = rect.top + ((1 - screen.y) / 2) * rect.height;
        const hit = rayToSkin(gl.domElement, x, y, { camera, skin });
        if (!hit || hit.point.distanceTo(point) > VISIBLE_WITHIN_M) return null;
        return { x, y };
      },
      store: usePracticeStore,
    };
    return () => {
      delete window.proximalPractice;
    };
  }, [camera, gl, scene, surface]);

  return <group ref={group} />;
}
