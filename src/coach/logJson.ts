/**
 * The log as a JSON file: every session, and the records set aside because they could not be
 * read (so exporting never loses them). Reading a file back validates every session.
 */
import { z } from 'zod';
import {
  LOG_EXPORT_FORMAT,
  LOG_SCHEMA_VERSION,
  parseEntries,
  type LogEntry,
  type ParsedEntries,
} from './logEntry';

const exportSchema = z.object({
  format: z.literal(LOG_EXPORT_FORMAT),
  version: z.literal(LOG_SCHEMA_VERSION),
  entries: z.array(z.unknown()).max(10000),
});

export function logToJson(
  entries: readonly LogEntry[],
  setAside: readonly unknown[],
  exportedAt: Date,
): string {
  return JSON.stringify(
    {
      format: LOG_EXPORT_FORMAT,
      version: LOG_SCHEMA_VERSION,
      exportedAt: exportedAt.toISOString(),
      entries,
      setAside,
    },
    null,
    2,
  );
}

export type ReadLog = ({ ok: true } & ParsedEntries) | { ok: false; error: string };

export function logFromJson(text: string): ReadLog {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const file = exportSchema.safeParse(value);
  if (!file.success) return { ok: false, error: file.error.issues[0]?.message ?? 'not a log' };
  return { ok: true, ...parseEntries(file.data.entries) };
}
