/**
 * The lanes of the current phase drawn on the skin with arrowheads toward the heart. The lane
 * being stroked is bright, and its covered part — the trail behind the hands — brighter still.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { BufferGeometry, Mesh } from 'three';
import type { Timeline } from '../protocol/timeline';
import { playbackClock } from '../state/clock';
import { useFlowStore } from '../state/flowStore';
import { lessonPose } from './flow/lessonPose';
import { trailRange, wrongWayLaneMaterial } from './flow/wrongWayLanes';
import {
  laneArrows,
  lanePoints,
  lanesOfPhase,
  laneTube,
  LANE_TUBE_RADIAL,
  LANE_TUBE_SEGMENTS,
} from './laneGeometry';
import { activeLaneMaterial, dimLaneMaterial, trailLaneMaterial } from './laneMaterials';
import type { SkinSurface } from './surface';

interface Props {
  timeline: Timeline;
  surface: SkinSurface;
  phaseIndex: number;
}

/** The covered trail's draw range, worked out into one object (every frame). */
const trailCovered = { start: 0, count: 0 };

interface DrawnLane {
  strokeId: string;
  tube: BufferGeometry;
  trail: BufferGeometry;
  arrows: BufferGeometry | null;
  /** Arrowheads pointing down the lane, for the wrong-way demonstration. */
  backArrows: BufferGeometry | null;
}

export function StrokeLanes({ timeline, surface, phaseIndex }: Props) {
  const drawn = useMemo<DrawnLane[]>(() => {
    return [...lanesOfPhase(timeline, phaseIndex)].map(([strokeId, lane]) => {
      const points = lanePoints(surface, lane);
      return {
        strokeId,
        tube: laneTube(points, 0.0022),
        trail: laneTube(points, 0.0042),
        arrows: laneArrows(points, 0.12, 0.026),
        backArrows: laneArrows([...points].reverse(), 0.12, 0.026),
      };
    });
  }, [timeline, surface, phaseIndex]);
  const tubes = useRef<(Mesh | null)[]>([]);
  const arrows = useRef<(Mesh | null)[]>([]);
  const trails = useRef<(Mesh | null)[]>([]);
  const backArrows = useRef<(Mesh | null)[]>([]);

  useEffect(
    () => () =>
      drawn.forEach((d) => [d.tube, d.trail, d.arrows, d.backArrows].forEach((g) => g?.dispose())),
    [drawn],
  );

  useFrame(() => {
    const wrongWay = useFlowStore.getState().wrongWay;
    const pose = lessonPose(timeline, playbackClock.t);
    const hand = pose.right;
    // An index loop: no closure a frame.
    for (let i = 0; i < drawn.length; i++) {
      const lane = drawn[i]!;
      const active = lane.strokeId === hand.strokeId;
      const forward = active ? activeLaneMaterial : dimLaneMaterial;
      const material = wrongWay ? wrongWayLaneMaterial(active) : forward;
      const tube = tubes.current[i];
      const arrow = arrows.current[i];
      const backArrow = backArrows.current[i];
      const trail = trails.current[i];
      if (tube) tube.material = material;
      if (arrow) {
        arrow.material = material;
        arrow.visible = !wrongWay;
      }
      if (backArrow) {
        backArrow.material = material;
        backArrow.visible = wrongWay;
      }
      if (trail) {
        trail.visible = active && hand.contact;
        const covered = trailRange(
          hand.progress,
          wrongWay,
          LANE_TUBE_SEGMENTS,
          LANE_TUBE_RADIAL,
          trailCovered,
        );
        lane.trail.setDrawRange(covered.start, covered.count);
      }
    }
  });

  return (
    <group name="stroke_lanes">
      {drawn.map((lane, i) => (
        <group key={lane.strokeId}>
          <mesh
            ref={(m) => void (tubes.current[i] = m)}
            geometry={lane.tube}
            material={dimLaneMaterial}
          />
          <mesh
            ref={(m) => void (trails.current[i] = m)}
            geometry={lane.trail}
            material={trailLaneMaterial}
          />
          {lane.arrows && (
            <mesh
              ref={(m) => void (arrows.current[i] = m)}
              geometry={lane.arrows}
              material={dimLaneMaterial}
            />
          )}
          {lane.backArrows && (
            <mesh
              ref={(m) => void (backArrows.current[i] = m)}
              geometry={lane.backArrows}
              material={dimLaneMaterial}
              visible={false}
            />
          )}
        </group>
      ))}
    </group>
  );
}
