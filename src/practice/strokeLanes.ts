/**
 * The protocol's stroke lanes placed on the chart: a lane runs on one aspect (its θ) between the
 * levels of two landmarks (their s), placed by the timeline's own `laneOf`. Built from names, so
 * a protocol works on any model.
 */
import type { ChartLandmarks } from '../anatomy/regions';
import {
  ASPECT_THETA,
  type AspectName,
  type LandmarkName,
  type PressureLevel,
} from '../anatomy/names';
import { laneOf } from '../protocol/motion/lanes';
import type { Lane } from '../protocol/motion/types';
import type { Protocol, StrokeKind, Technique } from '../protocol/schema';

export interface StrokeLane {
  phaseId: string;
  strokeId: string;
  kind: StrokeKind;
  technique: Technique;
  /** The pressure the phase asks for. */
  pressure: PressureLevel;
  from: LandmarkName;
  to: LandmarkName;
  aspect: AspectName;
  /** Where the lane starts and ends along the leg: its landmarks shifted by its offsets. */
  sFrom: number;
  sTo: number;
  theta: number;
  /** A closing stroke's bend toward the groin (see `laneOf`). */
  finish?: Lane['finish'];
  /** Seconds for one pass along the lane, from the phase's pacing. */
  strokeSeconds: number;
  description: string;
}

function isAspect(name: string): name is AspectName {
  return Object.hasOwn(ASPECT_THETA, name);
}

/** Every lane of every phase, in protocol order. */
export function strokeLanes(protocol: Protocol, landmarks: ChartLandmarks): StrokeLane[] {
  return protocol.phases.flatMap((phase) =>
    phase.strokes.flatMap((stroke) => {
      // The schema only admits known aspects; the guard keeps the types honest.
      if (!isAspect(stroke.aspect)) return [];
      const placed = laneOf(stroke, landmarks);
      return [
        {
          phaseId: phase.id,
          strokeId: stroke.id,
          kind: stroke.kind,
          technique: phase.technique,
          pressure: phase.pressure,
          from: stroke.from,
          to: stroke.to,
          aspect: stroke.aspect,
          sFrom: placed.sFrom,
          sTo: placed.sTo,
          theta: placed.theta,
          ...(placed.finish ? { finish: placed.finish } : {}),
          strokeSeconds: phase.pacing.strokeSeconds,
          description: stroke.description,
        },
      ];
    }),
  );
}
