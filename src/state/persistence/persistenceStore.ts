/**
 * What the app knows about its saved data: the user's opened protocols, which one is in use,
 * and a message for the user when saved data had to be set aside or could not be written.
 */
import { create } from 'zustand';
import type { Reason } from '../../i18n/reason';
import type { ValidationIssue } from '../../protocol/validation/issue';
import type { SavedProtocol } from './format';

export type PersistenceNotice =
  | { kind: 'set-aside'; reason: Reason; key: string | null }
  | { kind: 'protocol-set-aside'; name: string; key: string | null; reasons: ValidationIssue[] }
  /** A saved protocol could not be checked (the validator's code did not load); not in use. */
  | { kind: 'protocol-not-checked'; name: string; reason: Reason }
  | { kind: 'save-failed'; reason: Reason }
  | { kind: 'unavailable'; reason: Reason };

interface PersistenceState {
  protocols: SavedProtocol[];
  /** The saved protocol in use; null for the built-in one. */
  activeProtocolId: string | null;
  notice: PersistenceNotice | null;
  /** Saving is off when unreadable data could not be moved aside (so it is never overwritten). */
  saveBlocked: boolean;
  dismissNotice: () => void;
}

export const usePersistenceStore = create<PersistenceState>()((set) => ({
  protocols: [],
  activeProtocolId: null,
  notice: null,
  saveBlocked: false,
  dismissNotice: () => set({ notice: null }),
}));
