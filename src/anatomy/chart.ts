import { wrapDegrees } from './chartAngle';
import type { LandmarkData, LegModel, SkinData, Vec3Tuple } from './legModel';
import type { LandmarkName, LegSide } from './names';
import type { ChartPoint } from './regions';
import { ChartGrid } from './chartGrid';
import { SpatialGrid } from './spatialGrid';

/** A point on the skin with its outward unit normal (metres, model space of the chosen leg). */
export interface SurfaceSample {
  position: Vec3Tuple;
  normal: Vec3Tuple;
}

/** Chart coordinates of a point, and how far the point was from the skin (m). */
export interface ChartHit extends ChartPoint {
  readonly distance: number;
}

/**
 * The leg surface chart of a loaded model, for either leg. The model is a right leg; the left
 * is its mirror in x, and medial stays at θ = +90 on both (so only positions and normals flip).
 *
 * - `surfaceAt(s, θ)`: the skin point with those chart coordinates (located in chart space on a
 *   grid of the skin's triangles; every (s, θ) in the domain lands on the skin).
 * - `chartAt(p)`: the chart coordinates of the skin point nearest to p (a grid over 3D space).
 *
 * Setup is a few tens of milliseconds; each call is a few microseconds and allocates nothing
 * when an output object is passed.
 */
export class LegChart {
  private readonly chartGrid: ChartGrid;
  private readonly spatial: SpatialGrid;

  constructor(
    readonly skin: SkinData,
    /** May be partial while the generator is still placing them. */
    readonly landmarks: Readonly<Partial<Record<LandmarkName, LandmarkData>>> = {},
  ) {
    this.chartGrid = new ChartGrid(skin);
    this.spatial = new SpatialGrid(skin);
  }

  static fromModel(model: LegModel): LegChart {
    return new LegChart(model.skin, model.landmarks);
  }

  /** Skin point and normal at chart (s, θ°) on the given leg; s is clamped to [0, 1]. */
  surfaceAt(
    s: number,
    theta: number,
    side: LegSide = 'right',
    out: SurfaceSample = { position: [0, 0, 0], normal: [0, 1, 0] },
  ): SurfaceSample {
    this.chartGrid.locate(Math.max(0, Math.min(1, s)), wrapDegrees(theta), out);
    if (side === 'left') {
      out.position[0] = -out.position[0];
      out.normal[0] = -out.normal[0];
    }
    return out;
  }

  /** Tissue depth (skin to nearest bone, mm) at chart (s, θ°): the same on both legs. */
  depthAt(s: number, theta: number): number {
    return this.chartGrid.scalarAt(
      Math.max(0, Math.min(1, s)),
      wrapDegrees(theta),
      this.skin.depthMm,
    );
  }

  /** Chart coordinates of the skin point nearest to p (a point in the chosen leg's space). */
  chartAt(p: readonly number[], side: LegSide = 'right'): ChartHit {
    const x = side === 'left' ? -p[0]! : p[0]!;
    return this.spatial.nearest(x, p[1]!, p[2]!);
  }

  /** A landmark's chart coordinates and its position on the chosen leg. */
  landmark(name: LandmarkName, side: LegSide = 'right'): LandmarkData {
    const l = this.landmarks[name];
    if (!l) throw new Error(`chart: no landmark ${name}`);
    if (side === 'right') return l;
    return { s: l.s, theta: l.theta, position: [-l.position[0], l.position[1], l.position[2]] };
  }

  /** All landmarks' chart coordinates (what `regionsAt` takes). */
  landmarkCoords(): Record<LandmarkName, ChartPoint> {
    const out = {} as Record<LandmarkName, ChartPoint>;
    for (const [k, v] of Object.entries(this.landmarks) as [LandmarkName, LandmarkData][]) {
      out[k] = { s: v.s, theta: v.theta };
    }
    return out;
  }
}
