/**
 * The one decoder of a leg model file (`models/leg.glb`, meshopt-compressed): three's GLTFLoader
 * with the meshopt decoder wired, then the plain `LegModel` read from the scene. The browser
 * (after fetching the file), the node CLI and the tests all decode through here, so they read
 * the same model. The loaders are imported on demand: they come with the 3D code, not with the
 * page's first script.
 */
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { extractLegModel, type LegModel } from './legModel';

export interface DecodedLeg {
  /** The whole glTF as three's loader returns it (scene, asset header). */
  gltf: GLTF;
  model: LegModel;
}

type Decoders = [
  typeof import('three/examples/jsm/loaders/GLTFLoader.js'),
  typeof import('three/examples/jsm/libs/meshopt_decoder.module.js'),
];

let decoders: Promise<Decoders> | null = null;

/**
 * Starts fetching the decoders' code, once; call it early to fetch it alongside the model. A
 * failed fetch is forgotten, so a retry fetches again.
 */
export function loadGlbDecoders(): Promise<Decoders> {
  decoders ??= Promise.all([
    import('three/examples/jsm/loaders/GLTFLoader.js'),
    import('three/examples/jsm/libs/meshopt_decoder.module.js'),
  ]).catch((error: unknown) => {
    decoders = null;
    throw error;
  });
  return decoders;
}

/** Where decoding spends its time: `start` and `end` are `performance.now()` times. */
export type DecodeSpans = (span: 'parse' | 'decode' | 'model', start: number, end: number) => void;

type Meshopt = Decoders[1]['MeshoptDecoder'];

/** The meshopt decoder, reporting the span from its first buffer's start to its last's end. */
function timedMeshopt(decoder: Meshopt, onDecoded: (start: number, end: number) => void): Meshopt {
  let first = Infinity;
  let last = 0;
  let pending = 0;
  return {
    ...decoder,
    decodeGltfBufferAsync: async (...args: Parameters<Meshopt['decodeGltfBufferAsync']>) => {
      first = Math.min(first, performance.now());
      pending += 1;
      try {
        return await decoder.decodeGltfBufferAsync(...args);
      } finally {
        pending -= 1;
        last = performance.now();
        if (pending === 0) onDecoded(first, last);
      }
    },
  };
}

/** Decodes the bytes of a GLB (meshopt-compressed or not) into three's glTF. */
export async function decodeGlb(
  bytes: ArrayBuffer | Uint8Array,
  spans?: DecodeSpans,
): Promise<GLTF> {
  const [{ GLTFLoader }, { MeshoptDecoder }] = await loadGlbDecoders();
  await MeshoptDecoder.ready;
  const decoder = spans
    ? timedMeshopt(MeshoptDecoder, (start, end) => spans('decode', start, end))
    : MeshoptDecoder;
  const loader = new GLTFLoader().setMeshoptDecoder(decoder);
  const buffer =
    bytes instanceof Uint8Array
      ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
      : bytes;
  const start = performance.now();
  const gltf = await loader.parseAsync(buffer, '');
  spans?.('parse', start, performance.now());
  return gltf;
}

/** Decodes the bytes of a leg GLB, and reads the leg model from it. */
export async function decodeLegGlb(
  bytes: ArrayBuffer | Uint8Array,
  spans?: DecodeSpans,
): Promise<DecodedLeg> {
  const gltf = await decodeGlb(bytes, spans);
  const start = performance.now();
  const model = extractLegModel(gltf.scene);
  spans?.('model', start, performance.now());
  return { gltf, model };
}
