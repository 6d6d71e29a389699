/**
 * The 3D view of the trainer: the leg with its layers, the hands and lanes of the protocol,
 * drawn on demand (nothing renders while nothing moves). The left leg is the right one
 * mirrored, hands and lanes included, as a real left-leg massage looks.
 */
import { Canvas } from '@react-three/fiber';
import { useMemo, type ReactNode } from 'react';
import type { Group } from 'three';
import type { LegModel } from '../anatomy/legModel';
import type { UserMark } from '../anatomy/skinZones';
import type { Protocol } from '../protocol/schema';
import { usePlaybackStore } from '../state/playbackStore';
import { useSetupStore } from '../state/setupStore';
import { useViewStore } from '../state/viewStore';
import { CameraRig } from './CameraRig';
import { ContextLossGuard } from './ContextLossGuard';
import { FlowLayer } from './flow/FlowLayer';
import { Hands } from './Hands';
import { LegAnatomy } from './LegAnatomy';
import { LegPose } from './LegPose';
import { Lighting } from './Lighting';
import { PlaybackDriver } from './PlaybackDriver';
import { RenderProbe } from './RenderProbe';
import { SceneProbe } from './SceneProbe';
import { SetupStage } from './SetupStage';
import { HIP_PIVOT } from './setupPose';
import { createSkinMaterial } from './skinMaterial';
import { SkinZones } from './SkinZones';
import { StrokeLanes } from './StrokeLanes';
import type { SkinSurface } from './surface';
import { ContextLossNotice } from '../ui/faults/ContextLossNotice';

interface Props {
  scene: Group;
  model: LegModel;
  surface: SkinSurface;
  protocol: Protocol;
  marks: readonly UserMark[];
  handScale: number;
  /** Show the protocol's hands and lanes (off in practice, where the learner draws). */
  showLesson?: boolean;
  /** Extra scene content in the leg's own space (it follows the leg's pose and mirroring). */
  children?: ReactNode;
}

export function TrainerCanvas({
  scene,
  model,
  surface,
  protocol,
  marks,
  handScale,
  showLesson = true,
  children,
}: Props) {
  const layers = useViewStore((s) => s.layers);
  const leg = useViewStore((s) => s.leg);
  const skinOpacity = useViewStore((s) => s.skinOpacity);
  const timeline = usePlaybackStore((s) => s.timeline);
  const phaseIndex = usePlaybackStore((s) => s.timeline?.spans[s.spanIndex]?.phaseIndex ?? 0);
  const skinMaterial = useMemo(() => createSkinMaterial(), []);
  const settingUp = useSetupStore((s) => s.showingSetup);
  const mirror: [number, number, number] = [leg === 'left' ? -1 : 1, 1, 1];

  return (
    <>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 32, near: 0.02, far: 20, position: [1.9, 0.55, 0.12] }}
        gl={{ antialias: true }}
        data-testid="leg-canvas"
        role="img"
        aria-label="3D leg showing the massage strokes"
      >
        <color attach="background" args={['#e9ecf1']} />
        <Lighting />
        <CameraRig followLesson={showLesson} />
        <PlaybackDriver />
        <RenderProbe />
        <ContextLossGuard />
        <group scale={mirror}>
          <LegPose lying={settingUp}>
            <LegAnatomy
              scene={scene}
              layers={layers}
              skinOpacity={skinOpacity}
              skinMaterial={skinMaterial}
            />
            <SkinZones
              scene={scene}
              model={model}
              protocol={protocol}
              marks={marks}
              material={skinMaterial}
              visible={layers.zones}
            />
            <FlowLayer
              model={model}
              surface={surface}
              lesson={timeline !== null && showLesson && !settingUp}
            />
            {timeline && showLesson && !settingUp && (
              <>
                <group visible={layers.lanes}>
                  <StrokeLanes timeline={timeline} surface={surface} phaseIndex={phaseIndex} />
                </group>
                <group visible={layers.hands}>
                  <Hands timeline={timeline} surface={surface} handScale={handScale} />
                </group>
              </>
            )}
            <SceneProbe surface={surface} />
            {children}
          </LegPose>
          {/* Kept mounted and hidden, as every layer is: toggling is cheaper than remounting. */}
          <group position={HIP_PIVOT} visible={settingUp}>
            <SetupStage />
          </group>
        </group>
      </Canvas>
      <ContextLossNotice />
    </>
  );
}
