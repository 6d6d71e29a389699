/**
 * Draws the pressure zones on the skin: bakes the protocol's rules, its keep-off areas and the
 * user's marks into chart-space textures (in a worker, again whenever one of them changes) and
 * hands them to the skin material, which picks the zone per fragment. The look follows the
 * lesson: a tint while the zones are what is being looked at, outlines while hands demonstrate.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import type { LegModel } from '../anatomy/legModel';
import type { UserMark } from '../anatomy/markFootprint';
import type { Protocol } from '../protocol/schema';
import {
  markZoneChartPending,
  setZoneChart,
  setZoneLook,
  type SkinMaterial,
  type ZoneLook,
} from './skinMaterial';
import { prewarmZoneChartWorker, requestZoneChart } from './zoneChartRequest';

interface Props {
  model: LegModel;
  protocol: Protocol;
  marks: readonly UserMark[];
  material: SkinMaterial;
  look: ZoneLook;
}

export function SkinZones({ model, protocol, marks, material, look }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  useState(prewarmZoneChartWorker);

  useEffect(() => {
    let current = true;
    markZoneChartPending(material);
    void requestZoneChart(model.landmarks, protocol, marks).then((chart) => {
      if (!current) return;
      setZoneChart(material, chart);
      invalidate();
    });
    return () => {
      current = false;
    };
  }, [model, protocol, marks, material, invalidate]);

  useEffect(() => {
    setZoneLook(material, look);
    invalidate();
  }, [material, look, invalidate]);

  useEffect(() => () => setZoneChart(material, null), [material]);

  return null;
}
