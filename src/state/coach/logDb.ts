/**
 * The session log on the device: IndexedDB through Dexie, with a versioned schema. Records that
 * no longer read as a session (damaged, or written by an unknown version) are moved to a
 * set-aside table, counted and exported with the rest, never dropped silently.
 */
import Dexie, { type Table } from 'dexie';
import { logEntrySchema, type LogEntry } from '../../coach/logEntry';

export const LOG_DB_NAME = 'proximal-coach';

export interface SetAsideRecord {
  key?: number;
  /** When it was set aside (ISO instant). */
  at: string;
  /** Why it could not be read, for a person (and a developer) to see. */
  reason: string;
  record: unknown;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class CoachDb extends Dexie {
  sessions!: Table<unknown, string>;
  setAside!: Table<SetAsideRecord, number>;
  settings!: Table<SettingRecord, string>;

  constructor(name = LOG_DB_NAME) {
    super(name);
    // Version 1. A later shape adds `this.version(2).stores(…).upgrade(tx => …)` here and keeps
    // this line, so Dexie migrates a device's data step by step.
    this.version(1).stores({ sessions: 'id, startedAt', setAside: '++key, at', settings: 'key' });
  }
}

export interface LoadedLog {
  entries: LogEntry[];
  setAside: SetAsideRecord[];
}

function reasonOf(record: unknown): string | null {
  const result = logEntrySchema.safeParse(record);
  if (result.success) return null;
  return result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'record'}: ${i.message}`)
    .join('; ');
}

/** Reads the log, moving whatever cannot be read to the set-aside table in the same transaction. */
export async function loadLog(db: CoachDb): Promise<LoadedLog> {
  return db.transaction('rw', db.sessions, db.setAside, async () => {
    const entries: LogEntry[] = [];
    const records = await db.sessions.toArray();
    const keys = await db.sessions.toCollection().primaryKeys();
    for (const [i, record] of records.entries()) {
      const reason = reasonOf(record);
      if (reason === null) {
        entries.push(logEntrySchema.parse(record));
        continue;
      }
      await db.setAside.add({ at: new Date().toISOString(), reason, record });
      const key = keys[i];
      if (key !== undefined) await db.sessions.delete(key);
    }
    entries.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    return { entries, setAside: await db.setAside.toArray() };
  });
}

export async function saveEntry(db: CoachDb, entry: LogEntry): Promise<void> {
  await db.sessions.put(logEntrySchema.parse(entry));
}

/** Adds imported sessions; one already logged (same id) is kept once, with the imported copy. */
export async function importEntries(db: CoachDb, entries: readonly LogEntry[]): Promise<number> {
  await db.sessions.bulkPut(entries.map((e) => logEntrySchema.parse(e)));
  return entries.length;
}

export async function readSetting<T>(
  db: CoachDb,
  key: string,
  fallback: T,
  valid: (v: unknown) => v is T,
): Promise<T> {
  const row = await db.settings.get(key);
  return row && valid(row.value) ? row.value : fallback;
}

export async function writeSetting(db: CoachDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
