/** Saved records for the storage tests: a current one and a fabricated version-0 one. */
import document from '../../src/protocol/defaultProtocol.json';
import type { SavedStateV1, SavedStateV2 } from '../../src/state/persistence/format';

export const protocolDocument: Record<string, unknown> = { ...document, title: 'My calf routine' };

/** A current (version 2) record: version 1 plus one marked place. */
export function currentRecord(): SavedStateV2 {
  return {
    ...versionOneRecord(),
    version: 2,
    marks: [{ id: 'mark-1', kind: 'wound', leg: 'left', s: 0.42, theta: 150, radiusCm: 4 }],
  };
}

/** What version 1 wrote: no marks. */
export function versionOneRecord(): SavedStateV1 {
  return {
    version: 1,
    preferences: {
      layers: {
        skin: true,
        zones: false,
        lanes: true,
        hands: true,
        muscles: true,
        bones: false,
        veins: true,
        valves: false,
        lymph: false,
        landmarks: false,
      },
      leg: 'left',
      speed: 1.5,
      timing: 'session',
      sessionMinutes: 25,
      skinOpacity: 0.4,
    },
    protocols: [
      {
        id: 'p-1',
        name: 'My calf routine',
        fileName: 'calf.json',
        savedAt: '2025-01-02T03:04:05.000Z',
        document: protocolDocument,
      },
    ],
    activeProtocolId: 'p-1',
  };
}

/** What a build before versioned records wrote: no version, layers as a list. */
export const versionZeroRecord = {
  layers: ['skin', 'veins', 'valves', 'not-a-layer'],
  leg: 'left',
  speed: 2,
  opacity: 0.5,
  protocol: protocolDocument,
};
