/**
 * The protocol built into the app: the default JSON document, checked by the same validation a
 * user's imported file goes through, so a broken default shows its problems instead of the guide.
 */
import defaultProtocolJson from '../protocol/defaultProtocol.json';
import { protocolSchema, type Protocol } from '../protocol/schema';

export interface ProtocolIssue {
  path: string;
  message: string;
}

export type LoadedProtocol =
  { ok: true; protocol: Protocol } | { ok: false; issues: ProtocolIssue[] };

export function loadProtocol(input: unknown): LoadedProtocol {
  const parsed = protocolSchema.safeParse(input);
  if (parsed.success) return { ok: true, protocol: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

export const defaultProtocol: LoadedProtocol = loadProtocol(defaultProtocolJson);
