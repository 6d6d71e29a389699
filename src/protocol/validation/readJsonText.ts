/** Untrusted JSON text to a value: refuses oversize text unread and explains syntax errors. */

export type JsonRead = { ok: true; value: unknown } | { ok: false; message: string };

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

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

/** `Unexpected token } in JSON at position 12` → `line 2, column 5: Unexpected token }`. */
function explainSyntaxError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  if (/Unexpected end of JSON input/.test(raw)) {
    return 'The file is not valid JSON: it ends too early (is a closing } or ] missing?)';
  }
  const detail = raw
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/\s*in JSON at position \d+/, '')
    .trim();
  if (position?.[1] === undefined) return `The file is not valid JSON: ${detail}`;
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return `The file is not valid JSON: line ${line}, column ${column}: ${detail}`;
}

export function readJsonText(text: unknown, maxBytes: number): JsonRead {
  if (typeof text !== 'string') return { ok: false, message: 'The file must be text' };
  const bytes = utf8Bytes(text, maxBytes);
  if (bytes > maxBytes) {
    const size = text.length > maxBytes ? `more than ${formatBytes(maxBytes)}` : formatBytes(bytes);
    return {
      ok: false,
      message: `The file is too large (${size}); a protocol may be at most ${formatBytes(maxBytes)}`,
    };
  }
  const body = text.replace(/^\uFEFF/, ''); // a byte-order mark some editors add
  if (body.trim() === '') return { ok: false, message: 'The file is empty' };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, message: explainSyntaxError(body, error) };
  }
}
