/**
 * Brings a saved record of any known version up to the current one. Each step is a pure
 * function from one version's shape to the next; the result is then read as the current shape.
 *
 * Version 0 (before records had a version) kept the view as it was then:
 *   { "layers": ["skin", "zones"], "leg": "left", "speed": 1.5, "opacity": 0.6,
 *     "protocol": { a protocol document } }        every field optional
 */
import { t } from '../../i18n/instance';
import { message, type Message } from '../../i18n/message';
import { LAYERS, type Layers } from '../viewStore';
import { CURRENT_VERSION, DEFAULT_PREFERENCES, type SavedState } from './format';
import { isRecord, readState } from './shape';

export type MigrationResult =
  { ok: true; state: SavedState; fromVersion: number } | { ok: false; reason: Message };

/** Id given to the protocol a version-0 record carried. */
const MIGRATED_PROTOCOL_ID = 'migrated-v0';

function layersFromList(value: unknown): Layers | unknown {
  if (!Array.isArray(value)) return value;
  return Object.fromEntries(LAYERS.map((layer) => [layer, value.includes(layer)]));
}

/** Version 0 → version 1. */
export function migrateV0(old: Record<string, unknown>): Record<string, unknown> {
  const document = old.protocol;
  const hasProtocol = isRecord(document);
  // A name saved with the data, so in the language of the visit that migrates it.
  const name =
    hasProtocol && typeof document.title === 'string'
      ? document.title
      : t('errors:stored.defaultProtocolName');
  return {
    version: 1,
    preferences: {
      ...DEFAULT_PREFERENCES,
      ...(old.layers === undefined ? {} : { layers: layersFromList(old.layers) }),
      ...(old.leg === undefined ? {} : { leg: old.leg }),
      ...(old.speed === undefined ? {} : { speed: old.speed }),
      ...(old.opacity === undefined ? {} : { skinOpacity: old.opacity }),
    },
    protocols: hasProtocol
      ? [
          {
            id: MIGRATED_PROTOCOL_ID,
            name,
            fileName: '',
            savedAt: new Date(0).toISOString(),
            document,
          },
        ]
      : [],
    activeProtocolId: hasProtocol ? MIGRATED_PROTOCOL_ID : null,
  };
}

/** Version 1 → version 2: no places marked yet. */
export function migrateV1(old: Record<string, unknown>): Record<string, unknown> {
  return { ...old, version: 2, marks: [] };
}

const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: migrateV0,
  1: migrateV1,
};

export function migrate(value: unknown): MigrationResult {
  if (!isRecord(value)) return { ok: false, reason: message('errors:stored.notObject') };
  const version = value.version === undefined ? 0 : value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: message('errors:stored.noVersion') };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      reason: message('errors:stored.newerVersion', { version, current: CURRENT_VERSION }),
    };
  }
  let record = value;
  for (let from = version; from < CURRENT_VERSION; from++) {
    const step = STEPS[from];
    if (step === undefined) {
      return { ok: false, reason: message('errors:stored.noMigration', { from }) };
    }
    record = step(record);
  }
  const read = readState(record);
  return read.ok ? { ok: true, state: read.value, fromVersion: version } : read;
}
