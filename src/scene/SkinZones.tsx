/**
 * Colours the skin by pressure zone: computes the zone of every vertex once per protocol,
 * model and user marks (pure, in src/anatomy), writes it as vertex attributes, and switches
 * the skin material between zone colours and plain skin with the layer.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Mesh, type Group, type MeshStandardMaterial } from 'three';
import type { LegModel } from '../anatomy/legModel';
import { computeSkinZones, type UserMark } from '../protocol/skinZones';
import type { Protocol } from '../protocol/schema';
import { applyZoneAttributes, showZones } from './skinMaterial';

interface Props {
  scene: Group;
  model: LegModel;
  protocol: Protocol;
  marks: readonly UserMark[];
  material: MeshStandardMaterial;
  visible: boolean;
}

export function SkinZones({ scene, model, protocol, marks, material, visible }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const zones = useMemo(
    () => computeSkinZones(model.skin, model.landmarks, protocol, marks),
    [model, protocol, marks],
  );

  useEffect(() => {
    const skin = scene.getObjectByName('skin');
    if (skin instanceof Mesh) applyZoneAttributes(skin.geometry, zones);
    invalidate();
  }, [scene, zones, invalidate]);

  useEffect(() => {
    showZones(material, visible);
    invalidate();
  }, [material, visible, invalidate]);

  return null;
}
