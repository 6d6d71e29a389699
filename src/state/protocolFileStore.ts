/**
 * The protocol-file UI's own state: what to announce, and the report of a file that was not
 * opened (shown in the errors dialog).
 */
import { create } from 'zustand';
import type { Reason } from '../i18n/reason';
import type { ValidationIssue } from '../protocol/validation/issue';

export interface RejectedFile {
  fileName: string;
  errors: ValidationIssue[];
  /** Set when the file could not be checked at all (the checker's code did not load): why. */
  notChecked?: Reason;
  /** Part of the checker's code may not be fetched again in this page: a reload may be needed. */
  reloadNeeded?: boolean;
}

interface ProtocolFileState {
  /** Short message for the live region (and the bar), e.g. "Opened …". */
  status: string;
  rejected: RejectedFile | null;
  setStatus: (status: string) => void;
  reject: (rejected: RejectedFile) => void;
  closeReport: () => void;
}

export const useProtocolFileStore = create<ProtocolFileState>()((set) => ({
  status: '',
  rejected: null,
  setStatus: (status) => set({ status }),
  reject: (rejected) => set({ rejected, status: '' }),
  closeReport: () => set({ rejected: null }),
}));
