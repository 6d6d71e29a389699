/**
 * Draws the loaded model: each named structure with its material, shown or hidden by layer
 * (toggling `visible`, never remounting). The skin's opacity is adjustable so the veins,
 * muscles and bones read through it.
 */
import { useEffect, useMemo } from 'react';
import { Mesh, type Group, type MeshStandardMaterial, type Object3D } from 'three';
import { useThree } from '@react-three/fiber';
import type { Layers } from '../state/viewStore';
import { setSkinOpacity } from './skinMaterial';
import {
  createStructureMaterials,
  disposeStructureMaterials,
  dressStructure,
  structureKind,
  type StructureKind,
} from './anatomyMaterials';
import { LigamentOutline } from './LigamentOutline';

const LAYER_OF: Record<StructureKind, keyof Layers> = {
  skin: 'skin',
  bone: 'bones',
  muscle: 'muscles',
  // The inguinal ligament shows with the muscles: with them it bounds the femoral triangle.
  ligament: 'muscles',
  vein: 'veins',
  lymph: 'lymph',
  context: 'skin',
};

interface Props {
  scene: Group;
  layers: Layers;
  skinOpacity: number;
  /** The skin material, provided by the zone colouring (so zones and opacity share one material). */
  skinMaterial: MeshStandardMaterial;
}

export function LegAnatomy({ scene, layers, skinOpacity, skinMaterial }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const materials = useMemo(() => createStructureMaterials(), []);
  const byKind = useMemo(() => {
    const groups: Record<StructureKind, Mesh[]> = {
      skin: [],
      bone: [],
      muscle: [],
      ligament: [],
      vein: [],
      lymph: [],
      context: [],
    };
    scene.traverse((o: Object3D) => {
      if (!(o instanceof Mesh)) return;
      const kind = structureKind(o.name);
      if (!kind) return;
      groups[kind].push(o);
    });
    return groups;
  }, [scene]);

  useEffect(() => {
    for (const [kind, meshes] of Object.entries(byKind) as [StructureKind, Mesh[]][]) {
      for (const mesh of meshes)
        dressStructure(mesh, kind === 'skin' ? skinMaterial : materials[kind]);
    }
  }, [byKind, materials, skinMaterial]);

  useEffect(() => {
    for (const [kind, meshes] of Object.entries(byKind) as [StructureKind, Mesh[]][]) {
      for (const mesh of meshes) mesh.visible = layers[LAYER_OF[kind]];
    }
    invalidate();
  }, [byKind, layers, invalidate]);

  useEffect(() => {
    setSkinOpacity(skinMaterial, skinOpacity);
    invalidate();
  }, [skinMaterial, skinOpacity, invalidate]);

  useEffect(() => () => disposeStructureMaterials(materials), [materials]);

  return (
    <>
      <primitive object={scene} />
      {byKind.ligament.map((mesh) => (
        <LigamentOutline key={mesh.uuid} mesh={mesh} />
      ))}
    </>
  );
}
