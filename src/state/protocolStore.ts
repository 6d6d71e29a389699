/** The protocol being taught: the built-in default until the user opens another. */
import { create } from 'zustand';
import document from '../protocol/defaultProtocol.json';
import type { Protocol } from '../protocol/schema';

/**
 * The built-in protocol, used as it is. The document is written in canonical form (validating it
 * changes nothing: tests/state/bundledProtocol.test.ts checks that), so the validator and its
 * schema library need not load before the first frame. The app still validates it, lazily, and
 * shows any problem (src/ui/protocolFile/useBundledProtocolCheck.ts).
 */
export const bundledProtocol = document as unknown as Protocol;

interface ProtocolState {
  /** As loaded or opened: what is saved, exported and sent to a class. */
  protocol: Protocol;
  /**
   * What the screens show: `protocol` in the reader's language when a translation of it is
   * shipped (only its text differs), `protocol` itself otherwise.
   */
  shown: Protocol;
  /** The language `shown` was translated into, or null: shown as written. */
  shownLanguage: string | null;
  setProtocol: (protocol: Protocol) => void;
  setShown: (from: Protocol, shown: Protocol, language: string | null) => void;
}

export const useProtocolStore = create<ProtocolState>()((set, get) => ({
  protocol: bundledProtocol,
  shown: bundledProtocol,
  shownLanguage: null,
  setProtocol: (protocol) => set({ protocol, shown: protocol, shownLanguage: null }),
  // A translation that arrives after another protocol was opened is dropped.
  setShown: (from, shown, language) => {
    if (get().protocol === from) set({ shown, shownLanguage: language });
  },
}));
