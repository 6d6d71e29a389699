/**
 * Opening a protocol file and restoring a saved one, against storage that fails and a checker
 * whose code does not arrive: every step ends in a result or a clear message, and the status
 * says "kept for next time" only when the protocol was written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import document from '../../../src/protocol/defaultProtocol.json';
import { STATE_KEY } from '../../../src/state/persistence/format';
import { PROTOCOL_FILE_TEXT } from '../../../src/ui/strings';
import { currentRecord } from '../../storage/fixtures';
import { MemoryStorage } from '../../storage/memoryStorage';
import { sayReason } from '../../../src/i18n/reason';

/** Fresh modules (stores, the once-per-page restore) for each test. */
async function app() {
  vi.resetModules();
  return {
    session: await import('../../../src/state/persistence/session'),
    persistence: (await import('../../../src/state/persistence/persistenceStore'))
      .usePersistenceStore,
    protocol: (await import('../../../src/state/protocolStore')).useProtocolStore,
    files: (await import('../../../src/state/protocolFileStore')).useProtocolFileStore,
    open: (await import('../../../src/ui/protocolFile/openProtocolFile')).openProtocolFile,
  };
}

const mine = () =>
  new File([JSON.stringify({ ...document, title: 'Mine' })], 'mine.json', {
    type: 'application/json',
  });

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the notice after opening a protocol', () => {
  it('says it is kept for next time when it was saved', async () => {
    const { session, files, open } = await app();
    const storage = new MemoryStorage();
    session.restoreSavedSession(storage);
    await open(mine());
    expect(files.getState().status).toBe(PROTOCOL_FILE_TEXT.opened('Mine'));
    expect(storage.getItem(STATE_KEY)).toContain('"Mine"');
  });

  it('says it is not kept when the storage is full', async () => {
    const { session, files, protocol, open } = await app();
    session.restoreSavedSession(new MemoryStorage({ capacityChars: 1000 }));
    await open(mine());
    const status = files.getState().status;
    expect(status).not.toMatch(/kept in this browser for next time/);
    expect(status).toMatch(/^Opened “Mine”, but it could not be kept in this browser \(.*quota/);
    expect(protocol.getState().protocol.title).toBe('Mine');
  });

  it('says it is not kept when the browser refuses storage', async () => {
    const { session, files, open } = await app();
    session.restoreSavedSession(new MemoryStorage({ disabled: true }));
    await open(mine());
    expect(files.getState().status).toMatch(/could not be kept in this browser/);
  });
});

describe('a checker that cannot be loaded', () => {
  it('ends in the errors dialog with the reason, and the protocol in use stays', async () => {
    const { session, files, protocol, open } = await app();
    session.restoreSavedSession(new MemoryStorage());
    const before = protocol.getState().protocol;
    const failed = new TypeError('Failed to fetch dynamically imported module: /assets/x.js');
    await open(mine(), () => Promise.reject(failed));
    expect(files.getState().rejected).toEqual({
      fileName: 'mine.json',
      errors: [],
      notChecked: failed.message,
      reloadNeeded: false,
    });
    expect(protocol.getState().protocol).toBe(before);
  });

  it('ends within the time limit when the checker never arrives', async () => {
    const { session, files, open } = await app();
    session.restoreSavedSession(new MemoryStorage());
    vi.useFakeTimers();
    const opening = open(mine(), () => new Promise(() => undefined));
    await vi.advanceTimersByTimeAsync(20_000);
    await opening;
    expect(sayReason(files.getState().rejected?.notChecked ?? '')).toBe('no answer within 20 s');
  });
});

describe('restoring a saved protocol whose checker cannot be loaded', () => {
  it('falls back to the built-in protocol with a notice, and keeps the saved one', async () => {
    const { session, persistence, protocol } = await app();
    const storage = new MemoryStorage();
    storage.setItem(STATE_KEY, JSON.stringify(currentRecord()));
    const builtIn = protocol.getState().protocol;
    session.restoreSavedSession(storage, () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    await vi.waitFor(() => expect(persistence.getState().notice).not.toBeNull());
    expect(persistence.getState().notice).toEqual({
      kind: 'protocol-not-checked',
      name: 'My calf routine',
      reason: 'Failed to fetch dynamically imported module',
    });
    expect(protocol.getState().protocol).toBe(builtIn);
    expect(persistence.getState().protocols.map((p) => p.id)).toEqual(['p-1']);
  });

  it('restores it when the checker loads', async () => {
    const { session, persistence, protocol } = await app();
    const storage = new MemoryStorage();
    storage.setItem(STATE_KEY, JSON.stringify(currentRecord()));
    session.restoreSavedSession(storage);
    await vi.waitFor(() => expect(protocol.getState().protocol.title).toBe('My calf routine'));
    expect(persistence.getState().notice).toBeNull();
  });
});
