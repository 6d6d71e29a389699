/**
 * A validation issue's JSON path in words for the errors list:
 * `$.phases[2].strokes[0].to` → `phases no. 3 › strokes no. 1 › to`. Pure.
 */
import { PROTOCOL_FILE_TEXT } from '../strings';

export function jsonPathWords(path: string): string {
  const parts: string[] = [];
  const pattern = /\.([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const match of path.replace(/^\$/, '').matchAll(pattern)) {
    const [, key, index, quoted] = match;
    if (index !== undefined) {
      const list = parts.pop() ?? '';
      parts.push(PROTOCOL_FILE_TEXT.itemOf(list, Number(index) + 1).trim());
    } else {
      parts.push(key ?? quoted ?? '');
    }
  }
  return parts.length === 0 ? PROTOCOL_FILE_TEXT.wholeFile : parts.join(' › ');
}
