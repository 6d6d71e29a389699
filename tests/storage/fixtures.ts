/** Saved records for the storage tests: a current one and a fabricated version-0 one. */
import document from '../../src/protocol/defaultProtocol.json';
import type { SavedStateV1 } from '../../src/state/persistence/format';

export const protocolDocument: Record<string, unknown> = { ...document, title: 'My calf routine' };

export function currentRecord(): SavedStateV1 {
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
