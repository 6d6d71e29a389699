import { describe, expect, it } from 'vitest';
import { CORRUPT_KEY_PREFIX, STATE_KEY } from '../../src/state/persistence/format';
import { loadState, saveState } from '../../src/state/persistence/storage';
import { currentRecord, versionZeroRecord } from './fixtures';
import { MemoryStorage } from './memoryStorage';
import { sayReason } from '../../src/i18n/reason';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const CORRUPT_KEY = `${CORRUPT_KEY_PREFIX}2025-06-01T12:00:00.000Z`;

function withRaw(raw: string): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(STATE_KEY, raw);
  return storage;
}

describe('saving and loading', () => {
  it('finds nothing on a first visit', () => {
    expect(loadState(new MemoryStorage(), NOW)).toEqual({ kind: 'empty' });
  });

  it('reads back what it saved', () => {
    const storage = new MemoryStorage();
    expect(saveState(storage, currentRecord())).toEqual({ ok: true });
    expect(loadState(storage, NOW)).toEqual({
      kind: 'loaded',
      state: currentRecord(),
      migratedFrom: null,
    });
  });

  it('clamps numbers out of range instead of refusing the record', () => {
    const record = currentRecord();
    record.preferences.speed = 99;
    record.preferences.skinOpacity = -1;
    const result = loadState(withRaw(JSON.stringify(record)), NOW);
    expect(result.kind).toBe('loaded');
    if (result.kind !== 'loaded') return;
    expect(result.state.preferences.speed).toBe(4);
    expect(result.state.preferences.skinOpacity).toBe(0.05);
  });

  it('reports a full storage instead of throwing', () => {
    const storage = new MemoryStorage({ capacityChars: 100 });
    const result = saveState(storage, currentRecord());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/quota/i);
  });

  it('reports storage that is switched off instead of throwing', () => {
    const result = loadState(new MemoryStorage({ disabled: true }), NOW);
    expect(result.kind).toBe('unavailable');
  });
});

describe('a version-0 record', () => {
  it('is migrated to the current version and written back', () => {
    const storage = withRaw(JSON.stringify(versionZeroRecord));
    const result = loadState(storage, NOW);
    expect(result.kind).toBe('loaded');
    if (result.kind !== 'loaded') return;
    expect(result.migratedFrom).toBe(0);
    expect(result.state.preferences).toMatchObject({ leg: 'left', speed: 2, skinOpacity: 0.5 });
    expect(result.state.preferences.layers).toMatchObject({
      skin: true,
      veins: true,
      valves: true,
      zones: false,
      hands: false,
    });
    expect(result.state.protocols).toHaveLength(1);
    expect(result.state.protocols[0]).toMatchObject({ name: 'My calf routine' });
    expect(result.state.activeProtocolId).toBe(result.state.protocols[0]?.id);
    const written: unknown = JSON.parse(storage.getItem(STATE_KEY) ?? 'null');
    expect(written).toEqual(result.state);
    expect(loadState(storage, NOW)).toMatchObject({ kind: 'loaded', migratedFrom: null });
  });
});

describe('saved data that cannot be read', () => {
  it.each([
    ['bad JSON', '{"version": 1, "preferences": ', /not valid JSON/],
    ['not an object', '[1, 2, 3]', /not an object/],
    [
      'the wrong shape',
      JSON.stringify({
        ...currentRecord(),
        preferences: { ...currentRecord().preferences, layers: 'all' },
      }),
      /layers/,
    ],
    [
      'an active protocol that is not saved',
      JSON.stringify({ ...currentRecord(), activeProtocolId: 'p-gone' }),
      /activeProtocolId/,
    ],
    ['a future version', JSON.stringify({ ...currentRecord(), version: 7 }), /newer version.*7/],
    ['an unreadable version', JSON.stringify({ ...currentRecord(), version: 'one' }), /version/],
    [
      'a marked place off the leg',
      JSON.stringify({ ...currentRecord(), marks: [{ ...currentRecord().marks[0], s: 3 }] }),
      /marks\[0\]/,
    ],
  ])('(%s) is moved aside untouched, with the reason', (_, raw, reason) => {
    const storage = withRaw(raw);
    const result = loadState(storage, NOW);
    expect(result).toEqual({ kind: 'set-aside', reason: expect.anything(), key: CORRUPT_KEY });
    if (result.kind === 'set-aside') expect(sayReason(result.reason)).toMatch(reason);
    expect(storage.getItem(CORRUPT_KEY)).toBe(raw);
    expect(storage.getItem(STATE_KEY)).toBeNull();
    expect(loadState(storage, NOW)).toEqual({ kind: 'empty' });
  });

  it('never overwrites data set aside earlier at the same moment', () => {
    const storage = withRaw('not json');
    storage.setItem(CORRUPT_KEY, 'older');
    const result = loadState(storage, NOW);
    expect(result).toMatchObject({ kind: 'set-aside', key: `${CORRUPT_KEY}-1` });
    expect(storage.getItem(CORRUPT_KEY)).toBe('older');
    expect(storage.getItem(`${CORRUPT_KEY}-1`)).toBe('not json');
  });

  it('is left in place, and says so, when there is no room to move it', () => {
    const raw = 'x'.repeat(60);
    const storage = new MemoryStorage({ capacityChars: 100 });
    storage.setItem(STATE_KEY, raw);
    const result = loadState(storage, NOW);
    expect(result).toMatchObject({ kind: 'set-aside', key: null });
    expect(storage.getItem(STATE_KEY)).toBe(raw);
    expect(storage.keys()).toEqual([STATE_KEY]);
  });
});
