/**
 * The log as the UI sees it: the sessions (newest first), what was set aside, and the
 * person's frequency choice, loaded once from the device and kept in step with it.
 */
import { create } from 'zustand';
import type { LogEntry } from '../../coach/logEntry';
import {
  CoachDb,
  importEntries,
  loadLog,
  readSetting,
  saveEntry,
  writeSetting,
  type SetAsideRecord,
} from './logDb';

export type LogStatus = 'idle' | 'loading' | 'ready' | 'unavailable';

const INTENSIVE_KEY = 'intensive';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

export interface LogState {
  status: LogStatus;
  entries: LogEntry[];
  setAside: SetAsideRecord[];
  /** Daily sessions, for chronic swelling whose cause a doctor knows (the protocol's intensive frequency). */
  intensive: boolean;
  error: string | null;
  load: () => Promise<void>;
  add: (entry: LogEntry) => Promise<void>;
  importMany: (entries: readonly LogEntry[]) => Promise<void>;
  setIntensive: (intensive: boolean) => Promise<void>;
}

let db: CoachDb | null = null;
const dbOf = () => (db ??= new CoachDb());

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useLogStore = create<LogState>()((set, get) => ({
  status: 'idle',
  entries: [],
  setAside: [],
  intensive: false,
  error: null,
  load: async () => {
    if (get().status === 'loading') return;
    set({ status: 'loading' });
    try {
      const { entries, setAside } = await loadLog(dbOf());
      const intensive = await readSetting(dbOf(), INTENSIVE_KEY, false, isBoolean);
      set({ status: 'ready', entries, setAside, intensive, error: null });
    } catch (error) {
      // Private windows or a blocked IndexedDB: the coach still runs, the log says it cannot keep.
      set({ status: 'unavailable', error: messageOf(error) });
    }
  },
  add: async (entry) => {
    set((s) => ({ entries: [entry, ...s.entries.filter((e) => e.id !== entry.id)] }));
    try {
      await saveEntry(dbOf(), entry);
    } catch (error) {
      set({ status: 'unavailable', error: messageOf(error) });
    }
  },
  importMany: async (entries) => {
    try {
      await importEntries(dbOf(), entries);
      await get().load();
    } catch (error) {
      set({ status: 'unavailable', error: messageOf(error) });
    }
  },
  setIntensive: async (intensive) => {
    set({ intensive });
    try {
      await writeSetting(dbOf(), INTENSIVE_KEY, intensive);
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));
