/**
 * The flow simulation and what it draws on the leg: blood dots (with the veins layer) and valves
 * with the close-up (with the valves layer). Built once per model; layers only toggle
 * `visible`. One `useFrame` advances the model and then updates the drawing.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { setCurrentFlow } from './currentFlow';
import { createDots } from './dots';
import type { FlowGeometry } from './flowGeometry';
import { frameFlow } from './flowFrame';
import { createFlowSim } from './flowSim';
import { ValveCloseUp } from './ValveCloseUp';
import { createValves } from './valves';

interface Props {
  geometry: FlowGeometry;
  veins: boolean;
  valves: boolean;
  /** The lesson's hands are on the leg (not in the setup step or in practice). */
  lesson: boolean;
}

export function FlowDrawing({ geometry, veins, valves, lesson }: Props) {
  const invalidate = useThree((s) => s.invalidate);
  const sim = useMemo(() => createFlowSim(geometry), [geometry]);
  const dots = useMemo(() => createDots(sim), [sim]);
  const valveParts = useMemo(() => createValves(sim), [sim]);
  const drawables = useMemo(() => [dots, valveParts], [dots, valveParts]);

  useEffect(() => () => dots.dispose(), [dots]);
  useEffect(() => () => valveParts.dispose(), [valveParts]);
  useEffect(() => setCurrentFlow(sim), [sim]);
  useEffect(() => invalidate(), [veins, valves, lesson, invalidate]);

  useFrame((_, delta) => {
    if (!veins && !valves) return;
    if (frameFlow(sim, delta, lesson, drawables)) invalidate();
  });

  return (
    <group name="flow">
      <primitive object={dots.object} visible={veins || valves} />
      <primitive object={valveParts.object} visible={valves} />
      {valves && <ValveCloseUp sim={sim} />}
    </group>
  );
}
