/**
 * A protocol file the user chose or dropped, checked: its size first (from `file.size`, before a
 * byte is read), then its text as JSON and against the protocol format. Loaded lazily with the
 * validator. Never throws.
 */
import {
  parseProtocolText,
  PROTOCOL_MAX_BYTES,
  type ValidationIssue,
} from '../../protocol/validate';
import type { Protocol } from '../../protocol/schema';
import { readTextFile, type TextFileSource } from '../../files/decodeTextBytes';
import { message } from '../../i18n/message';

/** The parts of a `File` used here. */
export interface ProtocolFileSource extends TextFileSource {
  name: string;
  size: number;
}

export type ProtocolFileCheck =
  | { ok: true; protocol: Protocol; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };

export async function readProtocolFile(
  file: ProtocolFileSource,
  maxBytes: number = PROTOCOL_MAX_BYTES,
): Promise<ProtocolFileCheck> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      errors: [
        {
          path: '$',
          message: message('files:protocolFile.tooLarge', {
            size: Math.ceil(file.size / 1024),
            max: Math.ceil(maxBytes / 1024),
          }),
        },
      ],
    };
  }
  let text: string;
  try {
    text = await readTextFile(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const unreadable = message('files:protocolFile.unreadable', { detail });
    return { ok: false, errors: [{ path: '$', message: unreadable }] };
  }
  const result = parseProtocolText(text, maxBytes);
  return result.ok
    ? { ok: true, protocol: result.protocol, warnings: result.warnings }
    : { ok: false, errors: result.errors };
}
