/**
 * The 3D view of the trainer: the leg with its layers, the hands and lanes of the protocol,
 * drawn on demand (nothing renders while nothing moves). The left leg is the right one
 * mirrored, hands and lanes included, as a real left-leg massage looks.
 */
import { Canvas } from '@react-three/fiber';
import { Suspense, useMemo, type ReactNode } from 'react';
import type { Group } from 'three';
import type { LegModel } from '../anatomy/legModel';
import type { UserMark } from '../anatomy/markFootprint';
import type { Protocol } from '../protocol/schema';
import { usePlaybackStore } from '../state/playbackStore';
import { useSetupStore } from '../state/setupStore';
import { useViewStore } from '../state/viewStore';
import { CameraRig } from './CameraRig';
import { ContextLossGuard } from './ContextLossGuard';
import { HandCloseUp } from './HandCloseUp';
import { FlowLayer } from './flow/FlowLayer';
import { HeartDirection } from './HeartDirection';
import { LegAnatomy } from './LegAnatomy';
import { LegPose } from './LegPose';
import { MarkLayer } from './marks/MarkLayer';
import { Lighting } from './Lighting';
import { PauseWhileCovered } from './PauseWhileCovered';
import { PlaybackDriver } from './PlaybackDriver';
import { RiggedHands } from './RiggedHands';
import { RenderProbe } from './RenderProbe';
import type { SceneLabels } from './sceneLabels';
import { SceneProbe } from './SceneProbe';
import { SetupStage } from './SetupStage';
import { HIP_PIVOT } from './setupPose';
import { createSkinMaterial } from './skinMaterial';
import { SkinZones } from './SkinZones';
import { StrokeLanes } from './StrokeLanes';
import type { SkinSurface } from './surface';

/** The loaded leg: its scene, its model and the skin surface charted on it. */
export interface LoadedLegScene {
  scene: Group;
  model: LegModel;
  surface: SkinSurface;
}

interface Props {
  /** Null while the model downloads: the canvas is up already, lighting its room. */
  leg: LoadedLegScene | null;
  protocol: Protocol;
  marks: readonly UserMark[];
  handScale: number;
  /** Words written on the stage. */
  labels: SceneLabels;
  /** Show the protocol's hands and lanes (off in practice, where the learner draws). */
  showLesson?: boolean;
  /** Extra scene content in the leg's own space (it follows the leg's pose and mirroring). */
  children?: ReactNode;
}

export function TrainerCanvas({ leg: loaded, ...rest }: Props) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 32, near: 0.02, far: 20, position: [1.9, 0.55, 0.12] }}
      gl={{ antialias: true }}
      data-testid="leg-canvas"
      role="img"
      aria-label={rest.labels.canvas}
    >
      <color attach="background" args={['#e9ecf1']} />
      {/* Up before the leg arrives: in software WebGL, prefiltering the room's light takes
          seconds of the GPU's time, spent while the model downloads, not after it. */}
      <Lighting />
      <ContextLossGuard />
      <PauseWhileCovered />
      {loaded && <LegScene {...loaded} {...rest} />}
    </Canvas>
  );
}

/** Everything drawn with the leg, mounted once the model is loaded. */
function LegScene({
  scene,
  model,
  surface,
  protocol,
  marks,
  handScale,
  labels,
  showLesson = true,
  children,
}: LoadedLegScene & Omit<Props, 'leg'>) {
  const layers = useViewStore((s) => s.layers);
  const leg = useViewStore((s) => s.leg);
  const skinOpacity = useViewStore((s) => s.skinOpacity);
  const timeline = usePlaybackStore((s) => s.timeline);
  const phaseIndex = usePlaybackStore((s) => s.timeline?.spans[s.spanIndex]?.phaseIndex ?? 0);
  const skinMaterial = useMemo(() => createSkinMaterial(), []);
  const settingUp = useSetupStore((s) => s.showingSetup);
  const playing = usePlaybackStore((s) => s.playing);
  const handsDemonstrate = playing && layers.hands && timeline !== null && showLesson && !settingUp;
  const zoneLook = !layers.zones ? 'off' : handsDemonstrate ? 'outline' : 'tint';
  const mirror: [number, number, number] = [leg === 'left' ? -1 : 1, 1, 1];

  return (
    <>
      <CameraRig followLesson={showLesson} />
      <HandCloseUp />
      <PlaybackDriver />
      {import.meta.env.TEST_HOOKS && <RenderProbe />}
      <group scale={mirror}>
        <LegPose lying={settingUp}>
          <LegAnatomy
            scene={scene}
            layers={layers}
            skinOpacity={skinOpacity}
            skinMaterial={skinMaterial}
          />
          <HeartDirection
            scene={scene}
            visible={layers.skin && !settingUp}
            label={labels.toHeart}
          />
          <SkinZones
            model={model}
            protocol={protocol}
            marks={marks}
            material={skinMaterial}
            look={zoneLook}
          />
          <FlowLayer
            model={model}
            surface={surface}
            lesson={timeline !== null && showLesson && !settingUp}
            wrongWayLabel={labels.wrongWay}
          />
          {timeline && showLesson && !settingUp && (
            <>
              <group visible={layers.lanes}>
                <StrokeLanes timeline={timeline} surface={surface} phaseIndex={phaseIndex} />
              </group>
              <group visible={layers.hands}>
                {/* The hand models load with the scene; the leg shows while they arrive. */}
                <Suspense fallback={null}>
                  <RiggedHands
                    timeline={timeline}
                    surface={surface}
                    model={model}
                    handScale={handScale}
                    pressureShown={layers.zones}
                  />
                </Suspense>
              </group>
            </>
          )}
          <MarkLayer model={model} surface={surface} marks={marks} />
          {import.meta.env.TEST_HOOKS && <SceneProbe surface={surface} />}
          {children}
        </LegPose>
        {/* Kept mounted and hidden, as every layer is: toggling is cheaper than remounting. */}
        <group position={HIP_PIVOT} visible={settingUp}>
          <SetupStage labels={labels} />
        </group>
      </group>
    </>
  );
}
