/**
 * Materials for each kind of structure, keyed by the model's name prefixes (see
 * models/README.md). Colours follow anatomy-atlas convention (veins blue, muscle red, bone
 * ivory, ligament pearly white, lymph green) so a class reads them without a key.
 */
import { BackSide, DoubleSide, FrontSide, MeshStandardMaterial, type Mesh } from 'three';

export const STRUCTURE_KINDS = [
  'skin',
  'bone',
  'muscle',
  'ligament',
  'vein',
  'lymph',
  'context',
] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

export function structureKind(nodeName: string): StructureKind | null {
  if (nodeName === 'skin') return 'skin';
  const prefix = nodeName.split('_')[0];
  return (STRUCTURE_KINDS as readonly string[]).includes(prefix ?? '')
    ? (prefix as StructureKind)
    : null;
}

/** The trunk fades out toward its top edge by the model's `_FADE` attribute (1 below, 0 at the top). */
function fadeByAttribute(material: MeshStandardMaterial): MeshStandardMaterial {
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute float _fade;\nvarying float vFade;',
      )
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvFade = _fade;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vFade;')
      .replace('#include <color_fragment>', '#include <color_fragment>\ndiffuseColor.a *= vFade;');
  };
  material.customProgramCacheKey = () => 'proximal-context-fade';
  return material;
}

/**
 * A see-through closed form drawn back faces first, then front faces: what three does for a
 * transparent double-sided material, but with one material per side. three's way flips the one
 * material's `side` and marks it for update twice a frame, which costs a program lookup (and its
 * allocations) on every frame; two fixed materials draw the same pixels with neither.
 */
export type BackThenFront = [MeshStandardMaterial, MeshStandardMaterial];

export type StructureMaterials = Record<Exclude<StructureKind, 'context'>, MeshStandardMaterial> & {
  context: BackThenFront;
};

function contextMaterial(side: typeof BackSide | typeof FrontSide): MeshStandardMaterial {
  return fadeByAttribute(
    new MeshStandardMaterial({
      color: '#b9aea6',
      roughness: 0.8,
      transparent: true,
      opacity: 0.4,
      depthWrite: false,
      side,
    }),
  );
}

export function createStructureMaterials(): StructureMaterials {
  return {
    skin: new MeshStandardMaterial({ color: '#d9a184', roughness: 0.62, metalness: 0 }),
    bone: new MeshStandardMaterial({ color: '#eee4cc', roughness: 0.75 }),
    muscle: new MeshStandardMaterial({ color: '#b1443c', roughness: 0.55 }),
    // Ligament: the pearly white of fibrous tissue, paler and glossier than bone; a little
    // light of its own keeps it pale on the shaded side too (it is thin: see LigamentOutline).
    ligament: new MeshStandardMaterial({
      color: '#eef2f6',
      emissive: '#5c6670',
      roughness: 0.3,
    }),
    vein: new MeshStandardMaterial({ color: '#2f5bd3', roughness: 0.4, side: DoubleSide }),
    lymph: new MeshStandardMaterial({ color: '#5fae4e', roughness: 0.5 }),
    // The hip and trunk: a quiet, see-through neutral form, context rather than content.
    context: [contextMaterial(BackSide), contextMaterial(FrontSide)],
  };
}

/**
 * Gives a structure's mesh its material. A back-then-front pair draws the whole geometry twice,
 * as two groups in that order (three keeps a mesh's groups in order among equally distant
 * transparent objects).
 */
export function dressStructure(mesh: Mesh, material: MeshStandardMaterial | BackThenFront): void {
  mesh.material = material;
  if (!Array.isArray(material)) return;
  const geometry = mesh.geometry;
  geometry.clearGroups();
  geometry.addGroup(0, Infinity, 0);
  geometry.addGroup(0, Infinity, 1);
}

export function disposeStructureMaterials(materials: StructureMaterials): void {
  Object.values(materials)
    .flat()
    .forEach((material) => material.dispose());
}
