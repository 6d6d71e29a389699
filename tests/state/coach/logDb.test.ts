/**
 * The log's storage over an in-memory IndexedDB (fake-indexeddb): what is saved is read back
 * after the database is closed and opened again, damaged records are set aside and counted,
 * never dropped, and an export read back in gives the same log.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LOG_SCHEMA_VERSION, type LogEntry } from '../../../src/coach/logEntry';
import { CoachDb, importEntries, loadLog, saveEntry } from '../../../src/state/coach/logDb';
import { entriesFromCsv, entriesToCsv } from '../../../src/coach/logCsv';

let name = 0;
const opened: CoachDb[] = [];
function freshDb(dbName = `coach-test-${++name}`): CoachDb {
  const db = new CoachDb(dbName);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const entry = (id: string, startedAt: string): LogEntry => ({
  schema: LOG_SCHEMA_VERSION,
  id,
  startedAt,
  timeZone: 'Europe/Paris',
  who: 'self',
  plannedMinutes: 20,
  legs: [
    { leg: 'right', minutes: 10, phasesCompleted: ['warm-up-effleurage', 'calf-petrissage'] },
    { leg: 'left', minutes: 4.5, phasesCompleted: [] },
  ],
  completed: false,
  stopReason: 'numbness',
  feel: { heavy: 1, tired: 3 },
  symptoms: ['pain-numbness-tingling'],
  note: 'left calf, "tight", then tingling',
});

describe('session log storage', () => {
  it('keeps sessions across closing and opening the database, newest first', async () => {
    const db = freshDb();
    await saveEntry(db, entry('a', '2026-12-01T18:00:00.000Z'));
    await saveEntry(db, entry('b', '2026-12-03T18:00:00.000Z'));
    db.close();
    const again = freshDb(db.name);
    const { entries, setAside } = await loadLog(again);
    expect(entries.map((e) => e.id)).toEqual(['b', 'a']);
    expect(entries[0]).toEqual(entry('b', '2026-12-03T18:00:00.000Z'));
    expect(setAside).toEqual([]);
  });

  it('sets damaged records aside with the reason, and keeps them', async () => {
    const db = freshDb();
    await saveEntry(db, entry('good', '2026-12-01T18:00:00.000Z'));
    await db.sessions.put({ id: 'broken', startedAt: 'yesterday', legs: 'both' });
    await db.sessions.put({ id: 'future', schema: 9, startedAt: '2030-01-01T00:00:00Z' });
    const first = await loadLog(db);
    expect(first.entries.map((e) => e.id)).toEqual(['good']);
    expect(first.setAside.map((r) => (r.record as { id: string }).id).sort()).toEqual([
      'broken',
      'future',
    ]);
    expect(first.setAside.every((r) => r.reason.length > 0)).toBe(true);
    // Read again: nothing is set aside twice, nothing is lost.
    const second = await loadLog(db);
    expect(second.entries.map((e) => e.id)).toEqual(['good']);
    expect(second.setAside).toHaveLength(2);
  });

  it('reads its own CSV export back into an empty log as the same sessions', async () => {
    const db = freshDb();
    const saved = [entry('a', '2026-11-30T07:00:00.000Z'), entry('b', '2026-12-02T20:30:00.000Z')];
    for (const e of saved) await saveEntry(db, e);
    const csv = entriesToCsv((await loadLog(db)).entries);
    const other = freshDb();
    const parsed = entriesFromCsv(csv);
    expect(parsed.rejected).toBe(0);
    await importEntries(other, parsed.entries);
    expect((await loadLog(other)).entries).toEqual((await loadLog(db)).entries);
  });
});
