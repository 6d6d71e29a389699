import type { BufferGeometry, InterleavedBufferAttribute, Object3D } from 'three';
import { BufferAttribute, Matrix3, Mesh, Vector3 } from 'three';
import type { LandmarkName } from './names';
import { LANDMARKS } from './names';
import { SKIN_UNITS_KEY, skinUnitsOf } from './skinUnits';

/**
 * The loaded leg as plain data: what the chart, the pressure zones and the flow model need,
 * independent of three's scene graph. Units metres, right leg (medial +x), Y up, toes +z.
 */
export type Vec3Tuple = [number, number, number];

export interface SkinData {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly index: Uint32Array;
  /** (s, θ°) per vertex, from the `_CHART` attribute. */
  readonly chart: Float32Array;
  /** Distance from the skin to the nearest bone (mm), from `_TISSUE_DEPTH`. */
  readonly depthMm: Float32Array;
}

export interface LandmarkData {
  readonly s: number;
  readonly theta: number;
  readonly position: Vec3Tuple;
}

export interface ValveData {
  readonly name: string;
  readonly arcLengthMm: number;
  readonly fraction: number;
  readonly position: Vec3Tuple;
  /** Unit flow direction (the node's +Y), toward the heart. */
  readonly direction: Vec3Tuple;
}

export type VeinKind = 'superficial' | 'deep';

export interface VeinData {
  readonly name: string;
  readonly kind: VeinKind;
  /** Distal → proximal. */
  readonly centreline: Vec3Tuple[];
  readonly radii: number[];
  readonly drainsInto: string | null;
  readonly lengthMm: number;
  /** Distal → proximal. */
  readonly valves: ValveData[];
}

export interface LegModel {
  readonly skin: SkinData;
  readonly landmarks: Record<LandmarkName, LandmarkData>;
  readonly veins: Record<string, VeinData>;
  /** Lymph node centres by group mesh name (e.g. `lymph_popliteal`). */
  readonly lymph: Record<string, Vec3Tuple[]>;
  /** The generator's header (scene extras). */
  readonly header: Record<string, unknown>;
}

type Attr = BufferAttribute | InterleavedBufferAttribute;

function attr(geom: BufferGeometry, name: string): Attr {
  const a = geom.getAttribute(name) as Attr | undefined;
  if (!a) throw new Error(`skin: missing attribute ${name}`);
  return a;
}

function isNumber3(v: unknown): v is Vec3Tuple {
  return Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number');
}

function num(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${what}: expected a number`);
  return v;
}

function readSkin(mesh: Mesh): SkinData {
  mesh.updateWorldMatrix(true, false);
  const m = mesh.matrixWorld;
  const nm = new Matrix3().getNormalMatrix(m);
  const g = mesh.geometry;
  const pos = attr(g, 'position');
  const nor = attr(g, 'normal');
  const chart = attr(g, '_chart');
  const depth = attr(g, '_tissue_depth');
  const n = pos.count;
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  const chartOut = new Float32Array(n * 2);
  const depthOut = new Float32Array(n);
  const units = skinUnitsOf(mesh.userData as Record<string, unknown>);
  const v = new Vector3();
  for (let i = 0; i < n; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(m);
    positions.set([v.x, v.y, v.z], i * 3);
    v.fromBufferAttribute(nor, i).applyMatrix3(nm).normalize();
    normals.set([v.x, v.y, v.z], i * 3);
    chartOut[i * 2] = chart.getX(i);
    chartOut[i * 2 + 1] = chart.getY(i) * units.chartThetaDeg;
    depthOut[i] = depth.getX(i) * units.tissueDepthMm;
  }
  // The drawn skin's shader reads these two in degrees and millimetres too; the extras then say
  // so (reading the same scene twice gives the same model).
  g.setAttribute('_chart', new BufferAttribute(chartOut, 2));
  g.setAttribute('_tissue_depth', new BufferAttribute(depthOut, 1));
  mesh.userData[SKIN_UNITS_KEY] = { chartThetaDeg: 1, tissueDepthMm: 1 };
  const idx = g.getIndex();
  if (!idx) throw new Error('skin: not indexed');
  const index = new Uint32Array(idx.count);
  for (let i = 0; i < idx.count; i++) index[i] = idx.getX(i);
  return { positions, normals, index, chart: chartOut, depthMm: depthOut };
}

function worldPosition(o: Object3D): Vec3Tuple {
  o.updateWorldMatrix(true, false);
  const v = new Vector3().setFromMatrixPosition(o.matrixWorld);
  return [v.x, v.y, v.z];
}

function worldUp(o: Object3D): Vec3Tuple {
  const v = new Vector3(0, 1, 0).transformDirection(o.matrixWorld);
  return [v.x, v.y, v.z];
}

/**
 * Reads a glTF scene as three's GLTFLoader gives it (extras in `userData`, `_CHART` as the
 * geometry attribute `_chart`, `_TISSUE_DEPTH` as `_tissue_depth`). Throws if a required part
 * of the contract in models/README.md is missing.
 */
export function extractLegModel(root: Object3D): LegModel {
  root.updateMatrixWorld(true);
  let skin: SkinData | null = null;
  const landmarks: Partial<Record<LandmarkName, LandmarkData>> = {};
  const veins: Record<string, VeinData> = {};
  const valves: { vein: string; data: ValveData }[] = [];
  const lymph: Record<string, Vec3Tuple[]> = {};
  const known = new Set<string>(LANDMARKS);
  root.traverse((o) => {
    const ud = o.userData as Record<string, unknown>;
    if (o.name === 'skin' && o instanceof Mesh) skin = readSkin(o);
    else if (o.name.startsWith('lm_') && known.has(o.name.slice(3))) {
      landmarks[o.name.slice(3) as LandmarkName] = {
        s: num(ud.s, o.name),
        theta: num(ud.theta, o.name),
        position: worldPosition(o),
      };
    } else if (o.name.startsWith('vein_') && Array.isArray(ud.centreline)) {
      const centreline = ud.centreline.filter(isNumber3);
      const radii = Array.isArray(ud.radii) ? ud.radii.map((r) => num(r, o.name)) : [];
      veins[o.name] = {
        name: o.name,
        kind: ud.kind === 'deep' ? 'deep' : 'superficial',
        centreline,
        radii,
        drainsInto: typeof ud.drainsInto === 'string' ? ud.drainsInto : null,
        lengthMm: num(ud.lengthMm, o.name),
        valves: [],
      };
    } else if (o.name.startsWith('valve_') && typeof ud.vein === 'string') {
      valves.push({
        vein: ud.vein,
        data: {
          name: o.name,
          arcLengthMm: num(ud.arcLengthMm, o.name),
          fraction: num(ud.fraction, o.name),
          position: worldPosition(o),
          direction: worldUp(o),
        },
      });
    } else if (o.name.startsWith('lymph_') && Array.isArray(ud.centres)) {
      lymph[o.name] = ud.centres.filter(isNumber3);
    }
  });
  if (!skin) throw new Error('leg model: no mesh named "skin"');
  for (const name of LANDMARKS)
    if (!landmarks[name]) throw new Error(`leg model: missing lm_${name}`);
  valves.sort((a, b) => a.data.arcLengthMm - b.data.arcLengthMm);
  for (const v of valves) veins[v.vein]?.valves.push(v.data);
  let header: Record<string, unknown> = {};
  root.traverse((o) => {
    const ud = o.userData as Record<string, unknown>;
    if (Object.keys(header).length === 0 && typeof ud.generator === 'string') header = ud;
  });
  return {
    skin,
    landmarks: landmarks as Record<LandmarkName, LandmarkData>,
    veins,
    lymph,
    header,
  };
}
