/** The protocol being taught: the built-in default until the user opens another. */
import { create } from 'zustand';
import { defaultProtocol } from '../protocol/defaultProtocol';
import type { Protocol } from '../protocol/schema';

interface ProtocolState {
  protocol: Protocol;
  setProtocol: (protocol: Protocol) => void;
}

export const useProtocolStore = create<ProtocolState>()((set) => ({
  protocol: defaultProtocol,
  setProtocol: (protocol) => set({ protocol }),
}));
