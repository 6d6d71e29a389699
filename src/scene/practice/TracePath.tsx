/**
 * The checked trace on the skin: coloured by the way each stretch runs (see `traceColours.ts`),
 * arrowheads the way it was drawn, and a red band under it where it pressed harder than the skin
 * allows.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BackSide, DoubleSide, MeshBasicMaterial } from 'three';
import { usePracticeStore } from '../../state/practiceStore';
import type { SkinSurface } from '../surface';
import {
  TRACE_COLOURS,
  TRACE_EXCESS_COLOUR,
  TRACE_EXCESS_OPACITY,
  TRACE_OUTLINE_COLOUR,
} from './traceColours';
import { buildTraceGeometry, disposeTraceGeometry } from './traceGeometry';
import type { StretchHeading } from './traceStretches';

const headingMaterials: Record<StretchHeading, MeshBasicMaterial> = {
  proximal: new MeshBasicMaterial({ color: TRACE_COLOURS.proximal }),
  distal: new MeshBasicMaterial({ color: TRACE_COLOURS.distal }),
  still: new MeshBasicMaterial({ color: TRACE_COLOURS.still }),
};
const outlineMaterial = new MeshBasicMaterial({ color: TRACE_OUTLINE_COLOUR, side: BackSide });
const haloMaterial = new MeshBasicMaterial({
  color: TRACE_EXCESS_COLOUR,
  transparent: true,
  opacity: TRACE_EXCESS_OPACITY,
  depthWrite: false,
  side: DoubleSide,
  // Just above the skin: pulled forward in depth so it never flickers into it.
  polygonOffset: true,
  polygonOffsetFactor: -2,
  polygonOffsetUnits: -4,
});
const HEADINGS: StretchHeading[] = ['proximal', 'distal', 'still'];

export function TracePath({ surface }: { surface: SkinSurface }) {
  const current = usePracticeStore((s) => s.current);
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(
    () => (current ? buildTraceGeometry(surface, current.trace, current.analysis) : null),
    [current, surface],
  );

  useEffect(() => {
    invalidate();
    return () => {
      if (geometry) disposeTraceGeometry(geometry);
    };
  }, [geometry, invalidate]);

  if (!geometry) return null;
  return (
    <group name="practice_trace">
      {geometry.outline && <mesh geometry={geometry.outline} material={outlineMaterial} />}
      {HEADINGS.map((heading) => {
        const tube = geometry.tubes[heading];
        const arrows = geometry.arrows[heading];
        return (
          <group key={heading} name={`practice_trace_${heading}`}>
            {tube && <mesh geometry={tube} material={headingMaterials[heading]} />}
            {arrows && <mesh geometry={arrows} material={headingMaterials[heading]} />}
          </group>
        );
      })}
      {geometry.halo && <mesh geometry={geometry.halo} material={haloMaterial} renderOrder={2} />}
    </group>
  );
}
