/**
 * Untrusted JSON text (a file the user opened) to a value, the one reader for every kind of file:
 * oversize text is refused before it is parsed, a byte-order mark is stripped, and a syntax error
 * says where (line and column). Returns what went wrong as data; each kind of file words it.
 */

export type JsonProblem =
  | { kind: 'not-text' }
  /** `bytes` is null when the text is so long that it is over the limit by its length alone. */
  | { kind: 'too-large'; bytes: number | null; maxBytes: number }
  | { kind: 'empty' }
  /** `endsEarly`: the text stops inside a value (a closing } or ] missing). */
  | { kind: 'syntax'; detail: string; endsEarly: boolean; line?: number; column?: number };

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

/** UTF-8 size, without encoding texts that are clearly small or clearly large. */
function utf8Bytes(text: string, maxBytes: number): number {
  if (text.length > maxBytes || text.length * 3 <= maxBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { line, column };
}

/** `Unexpected token } in JSON at position 12` → line 2, column 5, `Unexpected token }`. */
function syntaxProblem(text: string, error: unknown): JsonProblem {
  const raw = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/.test(raw)) {
    return { kind: 'syntax', detail: raw, endsEarly: true };
  }
  const detail = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/\s*in JSON at position \d+/, '')
    .trim();
  const position = /at position (\d+)/.exec(raw)?.[1];
  if (position === undefined) return { kind: 'syntax', detail, endsEarly: false };
  return { kind: 'syntax', detail, endsEarly: false, ...lineAndColumn(text, Number(position)) };
}

export function readJsonText(text: unknown, maxBytes: number): JsonRead {
  if (typeof text !== 'string') return { ok: false, problem: { kind: 'not-text' } };
  const bytes = utf8Bytes(text, maxBytes);
  if (bytes > maxBytes) {
    const measured = text.length > maxBytes ? null : bytes;
    return { ok: false, problem: { kind: 'too-large', bytes: measured, maxBytes } };
  }
  const body = text.replace(/^\uFEFF/, ''); // a byte-order mark some editors add
  if (body.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, problem: syntaxProblem(body, error) };
  }
}
