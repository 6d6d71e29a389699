/**
 * A read-only window into the scene for browser tests and screenshots (`window.proximalScene`):
 * where a chart point or a hand appears on screen, and the renderer's counters. Mounted in the
 * leg's own space so it follows the leg's pose and mirroring.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Mesh, Vector3, type Group } from 'three';
import { zoneChartOf } from './skinMaterial';
import type { SkinSurface } from './surface';

export interface SceneProbeHandle {
  /** Pixel position (CSS px, relative to the canvas) of the skin at (s, θ), or null if behind. */
  project: (s: number, theta: number) => { x: number; y: number } | null;
  /** Pixel positions of the named objects (e.g. 'hand_left'). */
  projectObject: (name: string) => { x: number; y: number } | null;
  /** True once the skin's zone chart for the current protocol and marks is on the material. */
  zonesBaked: () => boolean;
  info: () => {
    frame: number;
    calls: number;
    triangles: number;
    geometries: number;
    textures: number;
  };
}

declare global {
  interface Window {
    proximalScene?: SceneProbeHandle;
  }
}

const point = new Vector3();
const normal = new Vector3();

export function SceneProbe({ surface }: { surface: SkinSurface }) {
  const group = useRef<Group>(null);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);

  useEffect(() => {
    const toScreen = (world: Vector3) => {
      const ndc = world.project(camera);
      if (ndc.z > 1) return null;
      return { x: ((ndc.x + 1) / 2) * size.width, y: ((1 - ndc.y) / 2) * size.height };
    };
    window.proximalScene = {
      project(s, theta) {
        const g = group.current;
        if (!g) return null;
        g.updateWorldMatrix(true, false);
        surface.pointAt(s, theta, point, normal);
        return toScreen(point.applyMatrix4(g.matrixWorld));
      },
      projectObject(name) {
        const o = scene.getObjectByName(name);
        if (!o) return null;
        o.updateWorldMatrix(true, false);
        return toScreen(point.setFromMatrixPosition(o.matrixWorld));
      },
      zonesBaked() {
        const skin = scene.getObjectByName('skin');
        return skin instanceof Mesh && zoneChartOf(skin.material) !== null;
      },
      info: () => ({
        frame: gl.info.render.frame,
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
      }),
    };
    return () => {
      delete window.proximalScene;
    };
  }, [camera, size, gl, scene, surface]);

  return <group ref={group} />;
}
