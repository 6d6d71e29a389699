/**
 * Chart coordinates (s, θ) of points inside the leg, such as vein centrelines, from the skin's
 * per-vertex chart. The skin vertices of one s form a ring around the chart axis: their centroid
 * lies on the slice plane (their direction of least spread is its normal). A point's s is that of
 * the slice plane passing through it; its θ that of the nearest skin: the side from which a hand
 * reaches it (for a vein just under the skin, the skin right above it).
 *
 * (`LegChart.chartAt` in src/anatomy gives the chart of the nearest skin point: right for θ, but
 * for a deep vein that point can lie centimetres up or down the leg from the vein's own slice.)
 */
export type Point3 = readonly [number, number, number];

export interface ChartedSkin {
  /** xyz per vertex. */
  readonly positions: ArrayLike<number>;
  /** (s, θ°) per vertex. */
  readonly chart: ArrayLike<number>;
}

const RINGS = 400;
/** Rings with fewer vertices are too sparse to give a reliable centroid. */
const MIN_RING_VERTICES = 6;
/** A slice plane passing further than this from its ring's centre is another part of the leg (m). */
const MAX_RING_RADIUS_M = 0.2;

interface Ring {
  s: number;
  centre: [number, number, number];
  axis: [number, number, number];
  vertices: number[];
}

const sub = (a: Point3, b: Point3): [number, number, number] => [
  a[0] - b[0],
  a[1] - b[1],
  a[2] - b[2],
];
const dot = (a: Point3, b: Point3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

function vertex(skin: ChartedSkin, i: number): [number, number, number] {
  return [
    skin.positions[3 * i] ?? 0,
    skin.positions[3 * i + 1] ?? 0,
    skin.positions[3 * i + 2] ?? 0,
  ];
}

function normalize(v: Point3): [number, number, number] {
  const length = Math.hypot(...v) || 1;
  return [v[0] / length, v[1] / length, v[2] / length];
}

/**
 * The normal of the plane a ring's vertices lie in: their direction of least spread (smallest
 * eigenvector of their covariance, by power iteration on trace·I − C), pointing toward `guess`.
 */
function sliceNormal(skin: ChartedSkin, ring: Ring, guess: Point3): [number, number, number] {
  // Covariance of the ring's vertices about their centroid (symmetric 3 × 3).
  let [xx, xy, xz, yy, yz, zz] = [0, 0, 0, 0, 0, 0];
  for (const i of ring.vertices) {
    const [x, y, z] = sub(vertex(skin, i), ring.centre);
    [xx, xy, xz, yy, yz, zz] = [
      xx + x * x,
      xy + x * y,
      xz + x * z,
      yy + y * y,
      yz + y * z,
      zz + z * z,
    ];
  }
  const trace = xx + yy + zz;
  let n: [number, number, number] = [guess[0], guess[1], guess[2]];
  for (let iteration = 0; iteration < 50; iteration++) {
    const [x, y, z] = n;
    n = normalize([
      trace * x - (xx * x + xy * y + xz * z),
      trace * y - (xy * x + yy * y + yz * z),
      trace * z - (xz * x + yz * y + zz * z),
    ]);
  }
  return dot(n, guess) < 0 ? [-n[0], -n[1], -n[2]] : n;
}

function buildRings(skin: ChartedSkin): Ring[] {
  const buckets: number[][] = Array.from({ length: RINGS }, () => []);
  const count = Math.floor(skin.chart.length / 2);
  for (let i = 0; i < count; i++) {
    const s = skin.chart[2 * i] ?? 1;
    if (s < 0 || s >= 0.999) continue; // the cap of the top cut is not a ring
    buckets[Math.min(RINGS - 1, Math.floor(s * RINGS))]?.push(i);
  }
  const rings: Ring[] = [];
  buckets.forEach((vertices, b) => {
    if (vertices.length < MIN_RING_VERTICES) return;
    const centre: [number, number, number] = [0, 0, 0];
    for (const i of vertices) {
      const [x, y, z] = vertex(skin, i);
      centre[0] += x / vertices.length;
      centre[1] += y / vertices.length;
      centre[2] += z / vertices.length;
    }
    rings.push({ s: (b + 0.5) / RINGS, centre, axis: [0, 0, 0], vertices });
  });
  rings.forEach((ring, k) => {
    const before = rings[Math.max(0, k - 2)] ?? ring;
    const after = rings[Math.min(rings.length - 1, k + 2)] ?? ring;
    ring.axis = sliceNormal(skin, ring, normalize(sub(after.centre, before.centre)));
  });
  return rings;
}

/** Rings on either side searched for the skin nearest to a point. */
const NEAR_RINGS = 4;

/** θ of the skin vertex nearest to p among the rings around ring k: the side a hand reaches p from. */
function nearestSkinTheta(skin: ChartedSkin, rings: readonly Ring[], k: number, p: Point3): number {
  let best = Infinity;
  let theta = 0;
  for (let r = Math.max(0, k - NEAR_RINGS); r <= Math.min(rings.length - 1, k + NEAR_RINGS); r++) {
    for (const i of rings[r]?.vertices ?? []) {
      const d = Math.hypot(...sub(vertex(skin, i), p));
      if (d < best) [best, theta] = [d, skin.chart[2 * i + 1] ?? 0];
    }
  }
  return theta;
}

/** A function giving the chart (s, θ) of a point inside (or on) the leg. */
export function interiorChart(skin: ChartedSkin): (p: Point3) => { s: number; theta: number } {
  const rings = buildRings(skin);
  if (rings.length < 2) throw new Error('skin chart: too few vertices to find the chart axis');
  return (p) => {
    // The slice through p: where the signed distance to consecutive ring planes changes sign.
    let bestK = 0;
    let bestS = rings[0]?.s ?? 0;
    let bestRadius = Infinity;
    for (let k = 0; k + 1 < rings.length; k++) {
      const a = rings[k] as Ring;
      const b = rings[k + 1] as Ring;
      const da = dot(sub(p, a.centre), a.axis);
      const db = dot(sub(p, b.centre), b.axis);
      if (da * db > 0) continue;
      const w = da === db ? 0 : da / (da - db);
      const radius = Math.hypot(...sub(p, a.centre));
      if (radius < bestRadius && radius < MAX_RING_RADIUS_M) {
        bestRadius = radius;
        bestK = w < 0.5 ? k : k + 1;
        bestS = a.s + (b.s - a.s) * w;
      }
    }
    if (bestRadius === Infinity) {
      // Beyond the end rings: the nearest ring.
      rings.forEach((r, k) => {
        const d = Math.hypot(...sub(p, r.centre));
        if (d < bestRadius) [bestRadius, bestK, bestS] = [d, k, r.s];
      });
    }
    return { s: bestS, theta: nearestSkinTheta(skin, rings, bestK, p) };
  };
}
