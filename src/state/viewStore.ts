/**
 * What the learner is looking at: mode, leg, camera and layers. Discrete UI state only;
 * per-frame values (the playback clock, hand positions) never live here.
 */
import { create } from 'zustand';
import type { LegSide } from '../anatomy/names';

export const MODES = ['train', 'practice', 'read', 'coach'] as const;
export type Mode = (typeof MODES)[number];

export const CAMERA_PRESETS = ['front', 'medial', 'lateral', 'back', 'self'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];

export const LAYERS = [
  'skin',
  'zones',
  'lanes',
  'hands',
  'muscles',
  'bones',
  'veins',
  'valves',
  'lymph',
  'landmarks',
] as const;
export type LayerName = (typeof LAYERS)[number];
export type Layers = Record<LayerName, boolean>;

export const DEFAULT_LAYERS: Layers = {
  skin: true,
  zones: true,
  lanes: true,
  hands: true,
  muscles: false,
  bones: false,
  veins: false,
  valves: false,
  lymph: false,
  landmarks: false,
};

export interface ViewState {
  mode: Mode;
  leg: LegSide;
  camera: CameraPreset;
  /** Bumped on every camera request so choosing the same preset again re-frames the view. */
  cameraRequest: number;
  layers: Layers;
  skinOpacity: number;
  presenter: boolean;
  helpOpen: boolean;
  /** The camera turns to the side of the leg where the hands work; a chosen preset stops it. */
  follow: boolean;
  setMode: (mode: Mode) => void;
  setLeg: (leg: LegSide) => void;
  setCamera: (camera: CameraPreset) => void;
  toggleLayer: (layer: LayerName) => void;
  setLayers: (layers: Layers) => void;
  setSkinOpacity: (opacity: number) => void;
  setPresenter: (on: boolean) => void;
  setHelpOpen: (open: boolean) => void;
  setFollow: (follow: boolean) => void;
  /** The camera the follow mode chose (leaves `follow` on). */
  followTo: (camera: CameraPreset) => void;
  /** Back to the current preset's framing after turning or zooming by hand. */
  resetView: () => void;
}

export const useViewStore = create<ViewState>()((set) => ({
  mode: 'train',
  leg: 'right',
  camera: 'medial',
  cameraRequest: 0,
  layers: DEFAULT_LAYERS,
  skinOpacity: 1,
  presenter: false,
  helpOpen: false,
  follow: true,
  setMode: (mode) => set({ mode }),
  setLeg: (leg) => set({ leg }),
  setCamera: (camera) =>
    set((s) => ({ camera, cameraRequest: s.cameraRequest + 1, follow: false })),
  toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
  setLayers: (layers) => set({ layers }),
  setSkinOpacity: (skinOpacity) => set({ skinOpacity: Math.min(1, Math.max(0.05, skinOpacity)) }),
  setPresenter: (presenter) => set({ presenter }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setFollow: (follow) => set({ follow }),
  followTo: (camera) => set((s) => ({ camera, cameraRequest: s.cameraRequest + 1 })),
  resetView: () => set((s) => ({ cameraRequest: s.cameraRequest + 1 })),
}));
