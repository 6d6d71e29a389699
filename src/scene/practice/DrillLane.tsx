/**
 * The chosen drill's target on the skin: the stretch of its lane to work, dashed, with an
 * arrowhead at the end it runs to. Drawn under the learner's trace.
 */
import { Line } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { MeshBasicMaterial } from 'three';
import type { Drill } from '../../practice/drills';
import type { SkinSurface } from '../surface';
import { DRILL_LANE_COLOUR, DRILL_LANE_EDGE_COLOUR } from './traceColours';
import { DASH_LIFT_M, EDGE_LIFT_M, drillLaneArrow, drillLanePoints } from './drillLaneGeometry';

const arrowMaterial = new MeshBasicMaterial({ color: DRILL_LANE_COLOUR });

export function DrillLane({ drill, surface }: { drill: Drill; surface: SkinSurface }) {
  const invalidate = useThree((s) => s.invalidate);
  const edge = useMemo(() => drillLanePoints(surface, drill, EDGE_LIFT_M), [surface, drill]);
  const dashes = useMemo(() => drillLanePoints(surface, drill, DASH_LIFT_M), [surface, drill]);
  const arrow = useMemo(() => drillLaneArrow(edge), [edge]);

  useEffect(() => {
    invalidate();
    return () => arrow?.dispose();
  }, [arrow, invalidate]);

  return (
    <group name="practice_drill_lane">
      <Line points={edge} color={DRILL_LANE_EDGE_COLOUR} lineWidth={7} />
      <Line
        points={dashes}
        color={DRILL_LANE_COLOUR}
        lineWidth={4}
        dashed
        dashSize={0.02}
        gapSize={0.012}
        renderOrder={1}
      />
      {arrow && <mesh geometry={arrow} material={arrowMaterial} />}
    </group>
  );
}
