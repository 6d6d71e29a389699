/**
 * Places marked to keep off, on the leg: an outline around each (the skin inside is striped by
 * the zones), and, while the user is placing a mark, a click or tap on the skin that places it.
 * A press that drags turns the view as usual and places nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, LineBasicMaterial, LineLoop, type Group } from 'three';
import { LegChart } from '../../anatomy/chart';
import type { LegModel } from '../../anatomy/legModel';
import type { UserMark } from '../../anatomy/markFootprint';
import { useMarksStore } from '../../state/marksStore';
import { useViewStore } from '../../state/viewStore';
import type { SkinSurface } from '../surface';
import { markRingPositions } from './markRing';
import { attachMarkPlacement } from './markPlacement';

const RING_COLOUR = '#8c1d18';

interface Props {
  model: LegModel;
  surface: SkinSurface;
  marks: readonly UserMark[];
}

export function MarkLayer({ model, surface, marks }: Props) {
  const space = useRef<Group>(null);
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const placing = useMarksStore((s) => s.placing);
  const chart = useMemo(() => LegChart.fromModel(model), [model]);
  const material = useMemo(
    () => new LineBasicMaterial({ color: RING_COLOUR, depthTest: true }),
    [],
  );

  const rings = useMemo(
    () =>
      marks.map((mark) => {
        const geometry = new BufferGeometry();
        geometry.setAttribute('position', new BufferAttribute(markRingPositions(mark, surface), 3));
        const loop = new LineLoop(geometry, material);
        loop.name = `keep-off-mark:${mark.id}`;
        return loop;
      }),
    [marks, surface, material],
  );

  useEffect(() => {
    invalidate();
    return () => rings.forEach((ring) => ring.geometry.dispose());
  }, [rings, invalidate]);

  useEffect(() => () => material.dispose(), [material]);

  useEffect(() => {
    if (!placing) return;
    return attachMarkPlacement(
      gl.domElement,
      {
        camera,
        skin: () => scene.getObjectByName('skin') ?? null,
        space: () => space.current,
        chart,
      },
      (place) => useMarksStore.getState().addMark({ ...place, leg: useViewStore.getState().leg }),
    );
  }, [placing, gl, camera, scene, chart]);

  return (
    <group ref={space}>
      {rings.map((ring) => (
        <primitive key={ring.name} object={ring} />
      ))}
    </group>
  );
}
