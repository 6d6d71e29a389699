/**
 * The content of a bench scenario (bench/scenarios.ts) built with plain three.js, from the same
 * builders the app's components call: the leg's meshes with the app's materials, the arrow to
 * the heart and its label, the lanes of the phase being shown, the two rigged hands with their
 * pressure rings, and with the veins and valves the blood dots, the valves and the valve
 * close-up. Posed once, at one moment of the lesson: no animation logic runs per frame, so what
 * the app spends beyond this page's frame is its overhead.
 */
import {
  ConeGeometry,
  CylinderGeometry,
  Group,
  Mesh,
  MeshStandardMaterial,
  Sprite,
  SpriteMaterial,
  type Object3D,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import leftHandUrl from '@webxr-input-profiles/assets/dist/profiles/generic-hand/left.glb?url';
import rightHandUrl from '@webxr-input-profiles/assets/dist/profiles/generic-hand/right.glb?url';
import { LegChart } from '../src/anatomy/chart';
import { girthProfileOf } from '../src/anatomy/girthProfile';
import { chartScaleOf } from '../src/anatomy/chartScale';
import { halfPalmS } from '../src/anatomy/handSize';
import { footprintsOnLeg } from '../src/anatomy/keepOffMarks';
import type { LegModel } from '../src/anatomy/legModel';
import { regionsAt } from '../src/anatomy/regions';
import { legZoneAt, traceChartOf } from '../src/practice/legTraceContext';
import { defaultProtocol } from '../src/protocol/defaultProtocol';
import { sample } from '../src/protocol/sample';
import { buildTimeline, type Timeline } from '../src/protocol/timeline';
import { bakeZoneChart } from '../src/protocol/zoneChart';
import {
  createStructureMaterials,
  dressStructure,
  structureKind,
} from '../src/scene/anatomyMaterials';
import { createCloseUp } from '../src/scene/flow/closeUp';
import { createDots } from '../src/scene/flow/dots';
import { flowGeometryOf } from '../src/scene/flow/flowGeometry';
import { createFlowSim } from '../src/scene/flow/flowSim';
import type { CloseUp } from '../src/scene/flow/closeUp';
import { createValves } from '../src/scene/flow/valves';
import { arrowPose, ARROW_COLOUR, HEAD_LENGTH_M, SHAFT_RADIUS_M } from '../src/scene/heartArrow';
import { buildHand, setConform } from '../src/scene/hands/drawnHand';
import { createPressureRings, placePressureRings } from '../src/scene/hands/pressureRings';
import { HandMotion, modelHand } from '../src/scene/hands/handMotion';
import { setBendUniforms } from '../src/scene/hands/handBend';
import { skinProbeOf } from '../src/scene/hands/skinProbe';
import { labelTexture } from '../src/scene/labelTexture';
import { laneArrows, lanePoints, lanesOfPhase, laneTube } from '../src/scene/laneGeometry';
import { activeLaneMaterial, dimLaneMaterial, trailLaneMaterial } from '../src/scene/laneMaterials';
import {
  createSkinMaterial,
  setSkinOpacity,
  setZoneChart,
  setZoneLook,
  type SkinMaterial,
} from '../src/scene/skinMaterial';
import { skinSurfaceOf, type SkinSurface } from '../src/scene/surface';
import { ZONE_CHART_HEIGHT, ZONE_CHART_WIDTH } from '../src/scene/zoneChartRequest';
import type { ScenarioContent } from './scenarios';
import { strokeMoment } from './strokeMoment';

/** The label's words (src/ui/strings.ts, CONTEXT_TEXT.toHeart): only its texture's size counts. */
const TO_HEART = 'To the heart ↑';

/** The demonstration's timeline of the right leg, as src/state/timelineSync.ts builds it. */
export function demoTimeline(model: LegModel): Timeline {
  const chart = LegChart.fromModel(model);
  const marks = defaultProtocol.keepOffMarks ?? [];
  const footprints = footprintsOnLeg(marks, 'right', chartScaleOf(chart));
  const zoneAt = legZoneAt(defaultProtocol, traceChartOf(model), regionsAt, footprints);
  return buildTimeline(defaultProtocol, {
    mode: 'demo',
    landmarks: model.landmarks,
    leg: 'right',
    zoneAt,
    girth: girthProfileOf(chart),
  });
}

const LAYER_OF = {
  skin: 'skin',
  bone: 'bones',
  muscle: 'muscles',
  vein: 'veins',
  lymph: 'lymph',
  context: 'skin',
} as const;

/** The leg's materials and layers; the zones come after the first frame, as in the app. */
function dressLeg(legScene: Object3D, content: ScenarioContent): SkinMaterial {
  const materials = createStructureMaterials();
  const skin = createSkinMaterial();
  setZoneLook(skin, content.zoneLook);
  setSkinOpacity(skin, content.skinOpacity);
  legScene.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const kind = structureKind(object.name);
    if (!kind) return;
    dressStructure(object, kind === 'skin' ? skin : materials[kind]);
    object.visible = content[LAYER_OF[kind]];
  });
  return skin;
}

/** The zones baked on the main thread (the app bakes them in a worker). */
function bakeZones(skin: SkinMaterial, model: LegModel, content: ScenarioContent): void {
  setZoneChart(
    skin,
    bakeZoneChart(model.landmarks, defaultProtocol, [], ZONE_CHART_WIDTH, ZONE_CHART_HEIGHT),
  );
  setZoneLook(skin, content.zoneLook);
}

function heartArrow(legScene: Object3D): Object3D | null {
  const pose = arrowPose(legScene);
  if (!pose) return null;
  const group = new Group();
  const arrow = new Group();
  arrow.position.copy(pose.start);
  arrow.quaternion.copy(pose.rotation);
  const shaftLength = pose.length - HEAD_LENGTH_M;
  const material = () => new MeshStandardMaterial({ color: ARROW_COLOUR, roughness: 0.5 });
  const shaft = new Mesh(
    new CylinderGeometry(SHAFT_RADIUS_M, SHAFT_RADIUS_M, shaftLength, 12),
    material(),
  );
  shaft.position.set(0, shaftLength / 2, 0);
  const head = new Mesh(new ConeGeometry(SHAFT_RADIUS_M * 3, HEAD_LENGTH_M, 16), material());
  head.position.set(0, shaftLength + HEAD_LENGTH_M / 2, 0);
  shaft.renderOrder = head.renderOrder = 2;
  arrow.add(shaft, head);
  const label = labelTexture(TO_HEART, ARROW_COLOUR);
  const sprite = new Sprite(
    new SpriteMaterial({
      map: label.texture,
      depthTest: false,
      transparent: true,
      toneMapped: false,
    }),
  );
  const height = 0.045;
  sprite.position.set(pose.tip.x, pose.tip.y + height, pose.tip.z);
  sprite.scale.set(height * label.aspect, height, 1);
  sprite.renderOrder = 3;
  group.add(arrow, sprite);
  return group;
}

function lanes(timeline: Timeline, surface: SkinSurface, t: number): Object3D {
  const group = new Group();
  const pose = sample(timeline, t);
  const phaseIndex = timeline.clips[pose.clipIndex]?.phaseIndex ?? 0;
  for (const [strokeId, lane] of lanesOfPhase(timeline, phaseIndex)) {
    const points = lanePoints(surface, lane);
    const active = strokeId === pose.right.strokeId;
    const material = active ? activeLaneMaterial : dimLaneMaterial;
    const tube = new Mesh(laneTube(points, 0.0022), material);
    const trail = new Mesh(laneTube(points, 0.0042), trailLaneMaterial);
    trail.visible = active && pose.right.contact;
    group.add(tube, trail);
    const arrows = laneArrows(points, 0.12, 0.026);
    if (arrows) group.add(new Mesh(arrows, material));
  }
  return group;
}

async function hands(
  timeline: Timeline,
  model: LegModel,
  surface: SkinSurface,
  t: number,
): Promise<Object3D> {
  const loader = new GLTFLoader();
  const [left, right] = await Promise.all([
    loader.loadAsync(leftHandUrl),
    loader.loadAsync(rightHandUrl),
  ]);
  const drawn = { left: buildHand(left.scene, 'left'), right: buildHand(right.scene, 'right') };
  const motion = new HandMotion(
    { left: drawn.left.rig, right: drawn.right.rig },
    skinProbeOf(model.skin, LegChart.fromModel(model)),
    1,
  );
  // Contact for the strokes round the moment shown only (the app solves the rest later).
  motion.plan(timeline, t);
  for (let job = 0; job < 4 && motion.solveNext(); job++);
  const pose = sample(timeline, t);
  motion.update(timeline, pose, t);
  const group = new Group();
  group.add(drawn.left.rig.root, drawn.right.rig.root);
  const halfPalm = halfPalmS(model.landmarks);
  for (const side of ['left', 'right'] as const) {
    setBendUniforms(drawn[modelHand(side, pose.leg)].uniforms, motion.state[side].bend);
    setConform(drawn[modelHand(side, pose.leg)], motion.state[side].conform);
    const rings = createPressureRings(`pressure_${side}`);
    placePressureRings(rings, pose[side], motion.state[side].layer, surface, halfPalm);
    group.add(rings);
  }
  return group;
}

export interface ReferenceContent {
  /** Everything in the leg's space. */
  leg: Group;
  /** The valve close-up, drawn into its own rectangle after the stage (with the valves). */
  closeUp: CloseUp | null;
}

/**
 * The leg as the first frame shows it (the leg dressed, the arrow to the heart), and a promise
 * of the rest (call it once that frame is drawn), added as the app adds it: the zones, the lanes, the hands (their
 * models load and their contact is solved) and the flow with its close-up. `leg` gets the rest
 * when it is ready.
 */
export function buildReferenceContent(
  legScene: Group,
  model: LegModel,
  content: ScenarioContent,
): { first: ReferenceContent; rest: () => Promise<ReferenceContent> } {
  const skin = dressLeg(legScene, content);
  const leg = new Group();
  leg.add(legScene);
  const arrow = content.skin ? heartArrow(legScene) : null;
  if (arrow) leg.add(arrow);
  const rest = async (): Promise<ReferenceContent> => {
    bakeZones(skin, model, content);
    const timeline = demoTimeline(model);
    const t = strokeMoment(timeline);
    const surface = skinSurfaceOf(LegChart.fromModel(model));
    if (content.lanes) leg.add(lanes(timeline, surface, t));
    if (content.hands) leg.add(await hands(timeline, model, surface, t));
    let closeUp: CloseUp | null = null;
    if (content.veins || content.valves) {
      const sim = createFlowSim(flowGeometryOf(model));
      leg.add(createDots(sim).object);
      if (content.valves) {
        leg.add(createValves(sim).object);
        closeUp = createCloseUp(sim).object;
      }
    }
    return { leg, closeUp };
  };
  return { first: { leg, closeUp: null }, rest };
}
