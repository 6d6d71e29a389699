import { LegChart } from '../anatomy/chart';
import { LANDMARKS } from '../anatomy/names';
import { SKIN_UNITS_KEY, skinUnitsFor } from '../anatomy/skinUnits';
import { makeBody } from './body';
import { calibrateFat } from './calibrate';
import { arcLengths } from './curve';
import type { Extras, GroupInput, JsonValue, MeshInput, NodeInput } from './gltf';
import { writeGlb } from './gltf';
import { inguinalLigament, inguinalLigamentMesh } from './inguinalLigament';
import { landmarkPoints } from './landmarks';
import { makeLayout } from './layout';
import { placeLymph } from './lymph';
import { vertexNormals } from './meshOps';
import type { Anthropometry } from './params';
import { ellipsoidMesh, mergeMeshes, tubeMesh } from './shapes';
import { buildSkin } from './skin';
import { structureMesh } from './structureMesh';
import { heartPoint, navelPoint, trunkMesh } from './trunk';
import { placeValves } from './valves';
import type { V3 } from './vec';
import { dot } from './vec';
import { buildVeins } from './veins';

export const GENERATOR = 'proximal-modelgen';
export const GENERATOR_VERSION = '1.3.0';

export interface GenerateOptions {
  /** Skin samples around the axis. */
  readonly columns: number;
  /** Largest row spacing on the skin (m). */
  readonly rowStep: number;
  /** Skin triangle budget after simplification. */
  readonly skinTriangles: number;
  /** Passes of the chart-grid filter over the skin radii. */
  readonly skinSmoothing: number;
  /** Voxel size for bones and muscles (m). */
  readonly voxel: number;
  /** Triangle budget per bone or muscle. */
  readonly structureTriangles: number;
  /** Voxel size and triangle budget of the hip and lower trunk (context). */
  readonly trunkVoxel: number;
  readonly trunkTriangles: number;
  /** Fat calibration: passes, and the girth search's height step (m) and rays. */
  readonly calibration: {
    readonly iterations: number;
    readonly step: number;
    readonly rays: number;
  };
}

const DEFAULT_OPTIONS: GenerateOptions = {
  columns: 160,
  rowStep: 0.003,
  skinTriangles: 58000,
  skinSmoothing: 3,
  voxel: 0.0025,
  structureTriangles: 3600,
  trunkVoxel: 0.006,
  trunkTriangles: 4000,
  calibration: { iterations: 4, step: 0.005, rays: 180 },
};

/** A quick, coarse variant for tests: same code path, fewer samples. */
export const COARSE_OPTIONS: GenerateOptions = {
  columns: 48,
  rowStep: 0.012,
  skinTriangles: 0,
  skinSmoothing: 1,
  voxel: 0.008,
  structureTriangles: 600,
  trunkVoxel: 0.02,
  trunkTriangles: 800,
  calibration: { iterations: 2, step: 0.02, rays: 64 },
};

const r5 = (x: number) => Math.round(x * 1e5) / 1e5;
const r2 = (x: number) => Math.round(x * 100) / 100;
const pt = (p: readonly number[]): [number, number, number] => [r5(p[0]!), r5(p[1]!), r5(p[2]!)];

/** Rotation taking +Y onto d (unit), as a glTF quaternion [x, y, z, w]. */
function quatFromY(d: V3): [number, number, number, number] {
  const q: [number, number, number, number] = [d[2], 0, -d[0], 1 + d[1]];
  const l = Math.hypot(...q) || 1;
  return [q[0] / l, q[1] / l, q[2] / l, q[3] / l];
}

export interface GenerateResult {
  readonly glb: Uint8Array;
  readonly log: Record<string, number | string>;
}

export async function generateLeg(
  params: Anthropometry,
  paramLabel: string,
  o: GenerateOptions = DEFAULT_OPTIONS,
): Promise<GenerateResult> {
  const log: Record<string, number | string> = {};
  const t0 = performance.now();
  const L = makeLayout(params);
  const body = makeBody(L);
  const girths = calibrateFat(body, o.calibration.iterations, o.calibration);
  for (const [k, v] of Object.entries(girths)) log[`girth_${k}_mm`] = r2(v.c * 1000);
  const skin = await buildSkin(body.field, body.axis, {
    columns: o.columns,
    rowStep: o.rowStep,
    targetTriangles: o.skinTriangles,
    capDome: L.r(0.008, 0.9),
    smoothing: o.skinSmoothing,
  });
  log.skin_triangles = skin.index.length / 3;
  log.t_skin_ms = Math.round(performance.now() - t0);

  // Bones and muscles are cut flush with the skin's top cut, a few millimetres inside it.
  const top = body.axis.frame(1);
  const cutOffset = dot(top.a, top.n) - 0.003;
  const belowCut = (x: number, y: number, z: number) =>
    x * top.n[0] + y * top.n[1] + z * top.n[2] - cutOffset;
  const bones: MeshInput[] = [];
  const muscles: MeshInput[] = [];
  for (const s of body.structures) {
    if (s.kind === 'soft') continue;
    const m = await structureMesh(s, o.voxel, o.structureTriangles, belowCut);
    (s.kind === 'bone' ? bones : muscles).push({ name: s.name, ...m });
  }
  log.t_structures_ms = Math.round(performance.now() - t0);

  // The hip and lower trunk, for context: not part of the skin chart.
  const trunk = await trunkMesh(
    body,
    { n: top.n, offset: dot(top.a, top.n) },
    o.trunkVoxel,
    o.trunkTriangles,
  );
  log.trunk_triangles = trunk.index.length / 3;
  const contextNodes: NodeInput[] = [
    {
      name: 'context_heart',
      translation: pt(heartPoint(body)),
      extras: { note: 'The heart, left of the midline at ~0.72 of stature: where the veins lead.' },
    },
    {
      name: 'context_navel',
      translation: pt(navelPoint(body)),
      extras: { note: 'The navel, on the midline; the trunk shown reaches just above it.' },
    },
  ];
  log.t_trunk_ms = Math.round(performance.now() - t0);

  const veinSet = buildVeins(body, (p) => belowCut(p[0], p[1], p[2]) < -0.004);
  const veins = placeValves(body, veinSet);
  const veinMeshes: MeshInput[] = [];
  const valveNodes: NodeInput[] = [];
  for (const v of veins) {
    const name = `vein_${v.id}`;
    const ls = arcLengths(v.centreline);
    const total = ls[ls.length - 1]!;
    const tube = tubeMesh(v.centreline, v.radii, v.kind === 'deep' ? 10 : 8);
    veinMeshes.push({
      name,
      ...tube,
      normals: vertexNormals(tube),
      extras: {
        centreline: v.centreline.map(pt),
        radii: v.radii.map(r5),
        kind: v.kind,
        drainsInto: v.drainsInto === null ? null : `vein_${v.drainsInto}`,
        lengthMm: r2(total * 1000),
      },
    });
    v.valves.forEach((valve, i) => {
      valveNodes.push({
        name: `valve_${v.id}_${String(i + 1).padStart(2, '0')}`,
        translation: pt(valve.position),
        rotation: quatFromY(valve.direction),
        extras: {
          vein: name,
          arcLengthMm: r2(valve.arcLength * 1000),
          fraction: Math.round((valve.arcLength / total) * 1e4) / 1e4,
        },
      });
    });
  }

  // The inguinal ligament, from the ASIS to the pubic tubercle: the femoral triangle's base.
  const ligament = inguinalLigament(body, veinSet.pubicTubercle);
  const ligamentRaw = inguinalLigamentMesh(ligament);
  const ligamentMesh: MeshInput = {
    name: 'ligament_inguinal',
    ...ligamentRaw,
    normals: vertexNormals(ligamentRaw),
    extras: {
      centreline: ligament.centreline.map(pt),
      from: 'anterior_superior_iliac_spine',
      to: 'pubic_tubercle',
      lengthMm: r2(ligament.lengthMm),
      widthMm: r2(2 * Math.max(...ligament.halfWidths) * 1000),
    },
  };

  const lymph = placeLymph(body, veinSet);
  const lymphMeshes: MeshInput[] = Object.entries(lymph).map(([name, nodes]) => {
    const m = mergeMeshes(nodes.map((n) => ellipsoidMesh(n.centre, n.axis, n.long, n.short)));
    return {
      name,
      ...m,
      normals: vertexNormals(m),
      extras: { centres: nodes.map((n) => pt(n.centre)) },
    };
  });

  // Landmarks: snapped onto the final skin mesh, chart coordinates read from it.
  const chart = new LegChart({
    positions: skin.positions,
    normals: skin.normals,
    index: skin.index,
    chart: skin.chart,
    depthMm: skin.depth,
  });
  const points = landmarkPoints(body, veinSet);
  const landmarkNodes: NodeInput[] = LANDMARKS.map((name) => {
    const hit = name === 'toe_tip' ? { s: 0, theta: 0 } : chart.chartAt(points[name]);
    const at = chart.surfaceAt(hit.s, hit.theta);
    return {
      name: `lm_${name}`,
      translation: pt(at.position),
      extras: { s: Math.round(hit.s * 1e5) / 1e5, theta: r2(hit.theta) },
    };
  });

  const header: Extras = {
    generator: GENERATOR,
    version: GENERATOR_VERSION,
    parameters: paramLabel,
    population: params.population,
    note:
      'Generated by `npm run model` from signed distance fields of bones, muscles and soft tissue; the skin is ' +
      'their smooth union offset by a fat layer calibrated to the ANSUR girths, sampled by rays from the chart axis. ' +
      'Units metres, Y up, sole on y = 0, toes toward +Z, right leg (medial +X). See models/README.md.',
    chart:
      's in [0,1] along the axis from the toe tip (0) to the rim of the oblique top cut (1); theta in degrees, ' +
      '0 anterior (dorsum on the foot), +90 medial, ±180 posterior (sole on the foot), -90 lateral. Cap vertices have s = 1.',
  };
  // θ and depth scaled within [-1, 1] (written as 14-bit integers); the extras say by what.
  const units = skinUnitsFor(Math.max(...skin.depth));
  const storedChart = skin.chart.map((v, i) => (i % 2 === 1 ? v / units.chartThetaDeg : v));
  const skinMesh: MeshInput = {
    name: 'skin',
    positions: skin.positions,
    normals: skin.normals,
    index: skin.index,
    custom: {
      _CHART: { type: 'VEC2', array: storedChart },
      _TISSUE_DEPTH: { type: 'SCALAR', array: skin.depth.map((d) => d / units.tissueDepthMm) },
    },
    extras: { [SKIN_UNITS_KEY]: { ...units } },
  };
  const groups: GroupInput[] = [
    {
      name: 'skin_group',
      material: { color: [0.87, 0.7, 0.6, 1], roughness: 0.6 },
      meshes: [skinMesh],
    },
    { name: 'bones', material: { color: [0.92, 0.89, 0.8, 1], roughness: 0.5 }, meshes: bones },
    {
      name: 'muscles',
      material: { color: [0.72, 0.25, 0.24, 1], roughness: 0.55 },
      meshes: muscles,
    },
    {
      name: 'ligaments',
      material: { color: [0.86, 0.88, 0.9, 1], roughness: 0.35 },
      meshes: [ligamentMesh],
    },
    { name: 'veins', material: { color: [0.2, 0.3, 0.75, 1], roughness: 0.4 }, meshes: veinMeshes },
    {
      name: 'lymph',
      material: { color: [0.5, 0.75, 0.35, 1], roughness: 0.5 },
      meshes: lymphMeshes,
    },
    {
      name: 'context',
      material: { color: [0.8, 0.78, 0.76, 0.35], roughness: 0.7 },
      meshes: [
        {
          name: 'context_trunk',
          positions: trunk.positions,
          normals: trunk.normals,
          index: trunk.index,
          custom: { _FADE: { type: 'SCALAR', array: trunk.fade } },
        },
      ],
      nodes: contextNodes,
    },
    {
      name: 'valves',
      material: { color: [1, 1, 1, 1], roughness: 0.5 },
      meshes: [],
      nodes: valveNodes,
    },
    {
      name: 'landmarks',
      material: { color: [1, 1, 1, 1], roughness: 0.5 },
      meshes: [],
      nodes: landmarkNodes,
    },
  ];
  // The sole on y = 0: the radial smoothing lifts the skin a little off the fields' zero.
  let minY = Infinity;
  for (let i = 1; i < skin.positions.length; i += 3) minY = Math.min(minY, skin.positions[i]!);
  log.sole_shift_mm = r2(minY * 1000);
  const glb = await writeGlb(
    shiftGroups(groups, -minY),
    header,
    `${GENERATOR} ${GENERATOR_VERSION}`,
  );
  log.t_total_ms = Math.round(performance.now() - t0);
  log.bytes = glb.byteLength;
  return { glb, log };
}

/** Moves every position of the scene (meshes, nodes, centreline and lymph extras) by dy. */
function shiftGroups(groups: readonly GroupInput[], dy: number): GroupInput[] {
  const movePoint = (p: JsonValue): JsonValue =>
    Array.isArray(p) && p.length === 3 && typeof p[1] === 'number'
      ? [p[0]!, r5(p[1] + dy), p[2]!]
      : p;
  const moveExtras = (e: Extras | undefined): Extras | undefined => {
    if (!e) return e;
    const out: Extras = { ...e };
    for (const key of ['centreline', 'centres']) {
      const v = e[key];
      if (Array.isArray(v)) out[key] = v.map(movePoint);
    }
    return out;
  };
  return groups.map((g) => ({
    ...g,
    meshes: g.meshes.map((m) => {
      const positions = new Float32Array(m.positions);
      for (let i = 1; i < positions.length; i += 3) positions[i] = positions[i]! + dy;
      const extras = moveExtras(m.extras);
      return extras ? { ...m, positions, extras } : { ...m, positions };
    }),
    nodes: g.nodes?.map((n) => ({
      ...n,
      translation: [n.translation[0], r5(n.translation[1] + dy), n.translation[2]] as const,
    })),
  }));
}
