/**
 * Loading and saving the saved record through any Storage (localStorage in the app, a Map-backed
 * Storage in tests). Never throws: a browser that refuses storage, a record that is not JSON,
 * has the wrong shape or comes from a newer version all come back as results. A record that
 * cannot be read is moved, untouched, to `proximal:corrupt:<ISO time>` so nothing is lost and
 * the app starts clean; older versions are migrated and written back.
 */
import { message } from '../../i18n/message';
import { reasonOf, type Reason } from '../../i18n/reason';
import { CORRUPT_KEY_PREFIX, CURRENT_VERSION, STATE_KEY, type SavedState } from './format';
import { migrate } from './migrate';

/** The part of the Web Storage interface used here. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; state: SavedState; migratedFrom: number | null }
  /**
   * The record could not be read. `key` is where it now is; null when it could not be moved
   * (then it was left in place, and the caller must not overwrite it).
   */
  | { kind: 'set-aside'; reason: Reason; key: string | null }
  | { kind: 'unavailable'; reason: Reason };

/** A reason is the browser's own text when storage throws (a quota, a refusal). */
export type SaveResult = { ok: true } | { ok: false; reason: Reason };

/** A free `proximal:corrupt:<time>` key (a suffix when two records are set aside at once). */
function corruptKey(storage: KeyValueStorage, now: Date): string {
  const base = `${CORRUPT_KEY_PREFIX}${now.toISOString()}`;
  let key = base;
  for (let n = 1; storage.getItem(key) !== null; n++) key = `${base}-${n}`;
  return key;
}

/** Moves `raw` to a corrupt-data key; with `fromKey`, removes it there. Returns the key or null. */
export function setAside(
  storage: KeyValueStorage,
  raw: string,
  now: Date,
  fromKey?: string,
): string | null {
  try {
    const key = corruptKey(storage, now);
    storage.setItem(key, raw);
    if (fromKey !== undefined) storage.removeItem(fromKey);
    return key;
  } catch {
    return null;
  }
}

export function saveState(storage: KeyValueStorage, state: SavedState): SaveResult {
  try {
    storage.setItem(STATE_KEY, JSON.stringify(state));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

export function loadState(storage: KeyValueStorage, now: Date): LoadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(STATE_KEY);
  } catch (error) {
    return { kind: 'unavailable', reason: reasonOf(error) };
  }
  if (raw === null) return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    const reason = message('errors:stored.notJson');
    return { kind: 'set-aside', reason, key: setAside(storage, raw, now, STATE_KEY) };
  }
  const migrated = migrate(value);
  if (!migrated.ok) {
    return {
      kind: 'set-aside',
      reason: migrated.reason,
      key: setAside(storage, raw, now, STATE_KEY),
    };
  }
  if (migrated.fromVersion === CURRENT_VERSION) {
    return { kind: 'loaded', state: migrated.state, migratedFrom: null };
  }
  // Written back so the next visit reads the current format directly.
  saveState(storage, migrated.state);
  return { kind: 'loaded', state: migrated.state, migratedFrom: migrated.fromVersion };
}
