import { Document, Logger, NodeIO } from '@gltf-transform/core';
import type { Material, Node, Scene } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt, quantize } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
export type Extras = Record<string, JsonValue>;

/** glTF's application-specific attributes: `_` then a name. */
const CUSTOM_ATTRIBUTE = /^_/;
/** Bits kept of a custom attribute in [-1, 1]: the chart's s to 0.12 mm of leg, θ to 0.02°. */
const CUSTOM_ATTRIBUTE_BITS = 14;

export interface MeshInput {
  readonly name: string;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly index: Uint32Array;
  /**
   * Custom attributes by glTF semantic (`_CHART`, `_TISSUE_DEPTH`), float; within [-1, 1]
   * (scaled by units the reader knows, see `skinUnits`), so they are written as 14-bit integers.
   */
  readonly custom?: Readonly<Record<string, { type: 'SCALAR' | 'VEC2'; array: Float32Array }>>;
  readonly extras?: Extras;
}

export interface NodeInput {
  readonly name: string;
  readonly translation: readonly [number, number, number];
  readonly rotation?: readonly [number, number, number, number];
  readonly extras: Extras;
}

export interface GroupInput {
  readonly name: string;
  readonly material: {
    readonly color: readonly [number, number, number, number];
    readonly roughness: number;
  };
  readonly meshes: readonly MeshInput[];
  readonly nodes?: readonly NodeInput[];
}

/**
 * Writes the scene as GLB: one top-level node per group (skin, bones, muscles, veins, valves,
 * lymph, landmarks), one named node per structure. Meshopt compression with quantised positions
 * and normals keeps the file small; custom attributes are quantised too (normalised 14-bit
 * integers: steps of 1/8191 of their unit; their floats took a fifth of the compressed file).
 */
export async function writeGlb(
  groups: readonly GroupInput[],
  sceneExtras: Extras,
  generator: string,
): Promise<Uint8Array> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = generator;
  doc.getRoot().getAsset().extras = sceneExtras;
  const buffer = doc.createBuffer();
  const scene: Scene = doc.createScene('leg').setExtras(sceneExtras);
  doc.getRoot().setDefaultScene(scene);
  for (const g of groups) {
    const mat: Material = doc
      .createMaterial(g.name)
      .setBaseColorFactor([...g.material.color])
      .setRoughnessFactor(g.material.roughness)
      .setMetallicFactor(0);
    if (g.material.color[3] < 1) mat.setAlphaMode('BLEND');
    const group: Node = doc.createNode(g.name);
    scene.addChild(group);
    for (const m of g.meshes) {
      const nv = m.positions.length / 3;
      const prim = doc
        .createPrimitive()
        .setMaterial(mat)
        .setAttribute(
          'POSITION',
          doc.createAccessor().setType('VEC3').setArray(m.positions).setBuffer(buffer),
        )
        .setAttribute(
          'NORMAL',
          doc.createAccessor().setType('VEC3').setArray(m.normals).setBuffer(buffer),
        )
        .setIndices(
          doc
            .createAccessor()
            .setType('SCALAR')
            .setArray(nv < 65536 ? Uint16Array.from(m.index) : m.index)
            .setBuffer(buffer),
        );
      for (const [sem, a] of Object.entries(m.custom ?? {})) {
        prim.setAttribute(
          sem,
          doc.createAccessor().setType(a.type).setArray(a.array).setBuffer(buffer),
        );
      }
      const mesh = doc.createMesh(m.name).addPrimitive(prim);
      const node = doc.createNode(m.name).setMesh(mesh);
      if (m.extras) node.setExtras(m.extras);
      group.addChild(node);
    }
    for (const n of g.nodes ?? []) {
      const node = doc
        .createNode(n.name)
        .setTranslation([...n.translation])
        .setExtras(n.extras);
      if (n.rotation) node.setRotation([...n.rotation]);
      group.addChild(node);
    }
  }
  await MeshoptEncoder.ready;
  await doc.transform(
    quantize({ pattern: CUSTOM_ATTRIBUTE, quantizeGeneric: CUSTOM_ATTRIBUTE_BITS }),
    meshopt({ encoder: MeshoptEncoder, level: 'high' }),
  );
  const io = new NodeIO()
    .setLogger(new Logger(Logger.Verbosity.WARN))
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
