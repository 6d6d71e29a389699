/**
 * Trace files in the browser: the name a download gets, reading a picked or dropped file (its
 * size is checked before a byte is read, then the text goes through `parseTraceText`), and
 * handing a trace to the browser as a download.
 */
import { downloadText } from '../downloadText';
import {
  DEFAULT_MAX_TRACE_BYTES,
  parseTraceText,
  serializeTrace,
  type Trace,
  type TraceError,
  type TraceParseResult,
} from '../../practice/traceFile';
import { readTextFile, type TextFileSource } from '../../files/decodeTextBytes';
import { message } from '../../i18n/message';
import { practiceStrings } from '../strings';

const t = practiceStrings.files;
const two = (n: number) => String(n).padStart(2, '0');

/** proximal-trace-2025-03-14-093015.json, in local time (to the second, so names rarely clash). */
export function traceFileName(date: Date): string {
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  const time = `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
  return t.fileName(`${day}-${time}`);
}

/** Anything with a size and a text (and its bytes, to read UTF-16), as `File` is. */
export interface TextSource extends TextFileSource {
  size: number;
}

/** The text of a trace file, its size checked before a byte is read. */
export async function readTraceText(
  file: TextSource,
  maxBytes: number = DEFAULT_MAX_TRACE_BYTES,
): Promise<{ ok: true; text: string } | { ok: false; errors: TraceError[] }> {
  if (file.size > maxBytes) {
    const tooLarge = message('practice:files.tooLarge', { bytes: maxBytes });
    return { ok: false, errors: [{ path: '$', message: tooLarge }] };
  }
  try {
    return { ok: true, text: await readTextFile(file) };
  } catch {
    return { ok: false, errors: [{ path: '$', message: message('practice:files.unreadable') }] };
  }
}

export async function readTraceFile(
  file: TextSource,
  maxBytes: number = DEFAULT_MAX_TRACE_BYTES,
): Promise<TraceParseResult> {
  const read = await readTraceText(file, maxBytes);
  return read.ok ? parseTraceText(read.text, maxBytes) : read;
}

/** Saves the trace through a temporary link; returns the file name. */
export function downloadTrace(trace: Trace, now: Date = new Date()): string {
  const name = traceFileName(now);
  downloadText(name, serializeTrace(trace), 'application/json');
  return name;
}
