/**
 * Materials for each kind of structure, keyed by the model's name prefixes (see
 * models/README.md). Colours follow anatomy-atlas convention (veins blue, muscle red, bone
 * ivory, lymph green) so a class reads them without a key.
 */
import { DoubleSide, MeshStandardMaterial } from 'three';

export const STRUCTURE_KINDS = ['skin', 'bone', 'muscle', 'vein', 'lymph'] as const;
export type StructureKind = (typeof STRUCTURE_KINDS)[number];

export function structureKind(nodeName: string): StructureKind | null {
  if (nodeName === 'skin') return 'skin';
  const prefix = nodeName.split('_')[0];
  return (STRUCTURE_KINDS as readonly string[]).includes(prefix ?? '')
    ? (prefix as StructureKind)
    : null;
}

export function createStructureMaterials(): Record<StructureKind, MeshStandardMaterial> {
  return {
    skin: new MeshStandardMaterial({ color: '#d9a184', roughness: 0.62, metalness: 0 }),
    bone: new MeshStandardMaterial({ color: '#eee4cc', roughness: 0.75 }),
    muscle: new MeshStandardMaterial({ color: '#b1443c', roughness: 0.55 }),
    vein: new MeshStandardMaterial({ color: '#2f5bd3', roughness: 0.4, side: DoubleSide }),
    lymph: new MeshStandardMaterial({ color: '#5fae4e', roughness: 0.5 }),
  };
}
