/**
 * The bytes of a text file (a protocol or a trace) as text. Editors on Windows save "Unicode"
 * files as UTF-16 with a byte-order mark; those are read as such, little- or big-endian, and
 * everything else as UTF-8. TextDecoder drops the byte-order mark itself, so JSON.parse never
 * sees it. Invalid sequences become U+FFFD, which the JSON reader then reports.
 */
export function decodeTextBytes(bytes: Uint8Array): string {
  const [first, second] = bytes;
  if (first === 0xff && second === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (first === 0xfe && second === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The parts of a `File` read here; `arrayBuffer` when there (a real File), else `text`. */
export interface TextFileSource {
  text(): Promise<string>;
  arrayBuffer?: () => Promise<ArrayBuffer>;
}

/** A picked or dropped file's text, UTF-16 with a byte-order mark included. */
export async function readTextFile(file: TextFileSource): Promise<string> {
  if (typeof file.arrayBuffer !== 'function') return file.text();
  return decodeTextBytes(new Uint8Array(await file.arrayBuffer()));
}
