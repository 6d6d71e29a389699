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
  protocol: Protocol;
  setProtocol: (protocol: Protocol) => void;
}

export const useProtocolStore = create<ProtocolState>()((set) => ({
  protocol: bundledProtocol,
  setProtocol: (protocol) => set({ protocol }),
}));
