/**
 * The app's saved data, wired to its stores: preferences restored once at start (before the
 * first render, so a link's view still wins over them) and saved whenever they change; the
 * user's opened protocols kept, listed and switched between. Saved protocol documents are
 * validated again (lazily: the validator is not needed for the first frame) before use; one
 * that no longer validates is set aside like any unreadable data.
 */
import { message } from '../../i18n/message';
import { reasonOf, type Reason } from '../../i18n/reason';
import type { Protocol } from '../../protocol/schema';
import type { ValidationIssue } from '../../protocol/validation/issue';
import { usePlaybackStore } from '../playbackStore';
import { bundledProtocol, useProtocolStore } from '../protocolStore';
import { useMarksStore } from '../marksStore';
import { useViewStore } from '../viewStore';
import { CHUNK_TIMEOUT_MS, withTimeout } from '../withTimeout';
import { MAX_SAVED_PROTOCOLS, type SavedProtocol, type SavedState } from './format';
import { usePersistenceStore } from './persistenceStore';
import { applyPreferences, currentPreferences, samePreferences } from './preferences';
import { loadState, saveState, setAside, type KeyValueStorage } from './storage';

/** Quiet time before a change of preferences is written (a dragged slider writes once). */
const SAVE_DELAY_MS = 400;
/** Problems listed when a saved protocol is set aside. */
const REASONS_SHOWN = 5;

const NOT_ALLOWED = message('errors:stored.notAllowed');
const BLOCKED = message('errors:stored.blocked');

let storage: KeyValueStorage | null = null;
let restored = false;
let choosing = 0;

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function snapshot(): SavedState {
  const { protocols, activeProtocolId } = usePersistenceStore.getState();
  return {
    version: 2,
    preferences: currentPreferences(),
    protocols,
    activeProtocolId,
    marks: useMarksStore.getState().marks,
  };
}

/** Whether what was just saved is kept in this browser, and why not. */
export type SaveOutcome = { kept: true } | { kept: false; reason: Reason };

/** Writes everything now; a failure becomes the notice. */
export function saveNow(): SaveOutcome {
  if (storage === null) return { kept: false, reason: NOT_ALLOWED };
  if (usePersistenceStore.getState().saveBlocked) return { kept: false, reason: BLOCKED };
  const result = saveState(storage, snapshot());
  if (result.ok) return { kept: true };
  usePersistenceStore.setState({ notice: { kind: 'save-failed', reason: result.reason } });
  return { kept: false, reason: result.reason };
}

/**
 * Reads the saved data into the stores, once per page; later calls do nothing. Call it before
 * the first render (App does, from its first render).
 */
export function restoreSavedSession(
  from: KeyValueStorage | null = browserStorage(),
  loadValidator: ValidatorLoader = importValidator,
): void {
  if (restored) return;
  restored = true;
  storage = from;
  if (storage === null) {
    usePersistenceStore.setState({ notice: { kind: 'unavailable', reason: NOT_ALLOWED } });
    return;
  }
  const result = loadState(storage, new Date());
  if (result.kind === 'unavailable') {
    storage = null;
    usePersistenceStore.setState({ notice: { kind: 'unavailable', reason: result.reason } });
  } else if (result.kind === 'set-aside') {
    usePersistenceStore.setState({
      notice: { kind: 'set-aside', reason: result.reason, key: result.key },
      saveBlocked: result.key === null,
    });
  } else if (result.kind === 'loaded') {
    applyPreferences(result.state.preferences);
    useMarksStore.getState().setMarks(result.state.marks);
    usePersistenceStore.setState({ protocols: result.state.protocols });
    if (result.state.activeProtocolId !== null) {
      void chooseProtocol(result.state.activeProtocolId, loadValidator);
    }
  }
}

/** Saves preferences whenever they change (debounced). Returns the unsubscribe function. */
export function startAutosave(): () => void {
  let last = currentPreferences();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    const next = currentPreferences();
    if (samePreferences(next, last)) return;
    last = next;
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  const offView = useViewStore.subscribe(onChange);
  const offPlayback = usePlaybackStore.subscribe(onChange);
  // A marked place is saved at once: it is a safety note, not a view setting.
  const offMarks = useMarksStore.subscribe((state, previous) => {
    if (state.marks !== previous.marks) saveNow();
  });
  return () => {
    clearTimeout(timer);
    offView();
    offPlayback();
    offMarks();
  };
}

function newId(): string {
  return `p-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/**
 * Keeps a protocol the user opened (the newest MAX_SAVED_PROTOCOLS) and makes it current. Says
 * whether it is kept in this browser for next time.
 */
export function rememberProtocol(
  document: unknown,
  protocol: Protocol,
  fileName: string,
): SaveOutcome {
  choosing += 1;
  const entry: SavedProtocol = {
    id: newId(),
    name: protocol.title,
    fileName,
    savedAt: new Date().toISOString(),
    document,
  };
  const protocols = [...usePersistenceStore.getState().protocols, entry].slice(
    -MAX_SAVED_PROTOCOLS,
  );
  usePersistenceStore.setState({ protocols, activeProtocolId: entry.id });
  useProtocolStore.getState().setProtocol(protocol);
  return saveNow();
}

function switchToBundled(): void {
  usePersistenceStore.setState({ activeProtocolId: null });
  useProtocolStore.getState().setProtocol(bundledProtocol);
}

/** Sets a saved protocol that no longer validates aside and says so. */
function setAsideProtocol(entry: SavedProtocol, reasons: ValidationIssue[]): void {
  const key = storage === null ? null : setAside(storage, JSON.stringify(entry), new Date());
  usePersistenceStore.setState((s) => ({
    protocols: s.protocols.filter((p) => p.id !== entry.id),
    notice: { kind: 'protocol-set-aside', name: entry.name, key, reasons },
  }));
  switchToBundled();
}

type ValidatorLoader = () => Promise<
  Pick<typeof import('../../protocol/validate'), 'validateProtocol'>
>;

const importValidator: ValidatorLoader = () => import('../../protocol/validate');

/** What came of choosing a protocol. */
export type ChoiceOutcome = 'switched' | 'set-aside' | 'not-checked' | 'overtaken';

/**
 * Switches to a saved protocol (validated first), or with null to the built-in one. Never
 * rejects, and ends within CHUNK_TIMEOUT_MS: when the validator's code cannot be loaded the
 * built-in protocol is used and a notice says so (the saved one is kept, to choose again).
 */
export async function chooseProtocol(
  id: string | null,
  loadValidator: ValidatorLoader = importValidator,
): Promise<ChoiceOutcome> {
  const ticket = ++choosing;
  const entry = usePersistenceStore.getState().protocols.find((p) => p.id === id);
  if (id === null || entry === undefined) {
    switchToBundled();
    saveNow();
    return 'switched';
  }
  let validateProtocol: Awaited<ReturnType<ValidatorLoader>>['validateProtocol'];
  try {
    ({ validateProtocol } = await withTimeout(loadValidator(), CHUNK_TIMEOUT_MS));
  } catch (error) {
    if (ticket !== choosing) return 'overtaken';
    const reason = reasonOf(error);
    usePersistenceStore.setState({
      notice: { kind: 'protocol-not-checked', name: entry.name, reason },
    });
    switchToBundled();
    return 'not-checked';
  }
  if (ticket !== choosing) return 'overtaken'; // a later choice won
  const result = validateProtocol(entry.document);
  if (result.ok) {
    usePersistenceStore.setState({ activeProtocolId: entry.id });
    useProtocolStore.getState().setProtocol(result.protocol);
  } else {
    setAsideProtocol(entry, result.errors.slice(0, REASONS_SHOWN));
  }
  saveNow();
  return result.ok ? 'switched' : 'set-aside';
}

/** Forgets a saved protocol; the built-in one takes over if it was in use. */
export function forgetProtocol(id: string): void {
  const { protocols, activeProtocolId } = usePersistenceStore.getState();
  usePersistenceStore.setState({ protocols: protocols.filter((p) => p.id !== id) });
  if (activeProtocolId === id) {
    choosing += 1;
    switchToBundled();
  }
  saveNow();
}
