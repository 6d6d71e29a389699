/**
 * The venous flow on the leg: mounted once inside the leg's pose, it builds the flow model the
 * first time the veins or valves layer is shown and draws the blood and the valves (see
 * `FlowDrawing`); it also gives the valves layer its x-ray look, redraws when the wrong-way
 * demonstration is switched, and labels that demonstration beside the hands.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { LegModel } from '../../anatomy/legModel';
import { useFlowStore } from '../../state/flowStore';
import { useViewStore } from '../../state/viewStore';
import type { SkinSurface } from '../surface';
import { FlowDrawing } from './FlowDrawing';
import { flowGeometryFor } from './flowGeometryCache';
import { exposeFlowTestHook } from './flowTestHook';
import { WrongWayLabel } from './WrongWayLabel';
import { xrayWhenValvesShown } from './xray';

interface Props {
  model: LegModel;
  surface: SkinSurface;
  /** The lesson's hands are on the leg (not in the setup step or in practice). */
  lesson: boolean;
  /** Words of the wrong-way label. */
  wrongWayLabel: string;
}

export function FlowLayer({ model, surface, lesson, wrongWayLabel }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const veins = useViewStore((s) => s.layers.veins);
  const valves = useViewStore((s) => s.layers.valves);
  const geometry = flowGeometryFor(model, veins || valves);

  useEffect(() => xrayWhenValvesShown(), []);
  useEffect(() => useFlowStore.subscribe(() => invalidate()), [invalidate]);
  useEffect(() => {
    if (import.meta.env.TEST_HOOKS) exposeFlowTestHook();
  }, []);

  return (
    <>
      {geometry && (
        <FlowDrawing geometry={geometry} veins={veins} valves={valves} lesson={lesson} />
      )}
      <WrongWayLabel surface={surface} lesson={lesson} text={wrongWayLabel} />
    </>
  );
}
