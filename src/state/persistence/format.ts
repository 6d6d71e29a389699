/**
 * What Proximal keeps in the browser's localStorage, under one key, as one JSON record with a
 * schema version. Version 2 is version 1 plus the places the user marked to keep off:
 *
 *     "marks": [ { "id": "mark-…", "kind": "wound" | "rash" | "varicose-vein" | "bruise" |
 *                  "other", "leg": "right" | "left", "s": 0–1, "theta": −180–180,
 *                  "radiusCm": 1–15 } ]
 *
 * Version 1:
 *
 *   {
 *     "version": 1,
 *     "preferences": { "layers": { "skin": true, … }, "leg": "right", "speed": 1,
 *                      "timing": "demo", "sessionMinutes": 20, "skinOpacity": 1 },
 *     "protocols": [ { "id": "…", "name": "…", "fileName": "…", "savedAt": "ISO time",
 *                      "document": { the protocol JSON as opened } } ],
 *     "activeProtocolId": "…" | null      (null: the built-in protocol)
 *   }
 *
 * Older records are migrated on load (migrate.ts); records that cannot be read are set aside
 * under `proximal:corrupt:<timestamp>`, never dropped (storage.ts).
 */
import type { KeepOffMark } from '../../anatomy/keepOffMarks';
import type { LegSide } from '../../anatomy/names';
import type { TimingMode } from '../playbackStore';
import { DEFAULT_LAYERS, type Layers } from '../viewStore';

export const STATE_KEY = 'proximal:state';
export const CORRUPT_KEY_PREFIX = 'proximal:corrupt:';
export const CURRENT_VERSION = 2;
/** Opened protocols kept; the oldest goes first (each may be up to PROTOCOL_MAX_BYTES). */
export const MAX_SAVED_PROTOCOLS = 5;

export interface Preferences {
  layers: Layers;
  leg: LegSide;
  speed: number;
  timing: TimingMode;
  sessionMinutes: number;
  skinOpacity: number;
}

export interface SavedProtocol {
  id: string;
  name: string;
  fileName: string;
  /** ISO 8601. */
  savedAt: string;
  /** The document as it was opened; validated again whenever it is loaded. */
  document: unknown;
}

export interface SavedStateV1 {
  version: 1;
  preferences: Preferences;
  protocols: SavedProtocol[];
  activeProtocolId: string | null;
}

export interface SavedStateV2 extends Omit<SavedStateV1, 'version'> {
  version: 2;
  /** Places the user marked on the leg to keep off. */
  marks: KeepOffMark[];
}

export type SavedState = SavedStateV2;

/** The preferences of a first visit (the stores' own initial values). */
export const DEFAULT_PREFERENCES: Preferences = {
  layers: DEFAULT_LAYERS,
  leg: 'right',
  speed: 1,
  timing: 'demo',
  sessionMinutes: 20,
  skinOpacity: 1,
};
