/**
 * Fields the protocol format does not know are dropped on import; say so, since they are often
 * a misspelt field name (e.g. "cue" for "cues").
 */
import type { PathKey } from './issue';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_REPORTED = 50;

/** Paths of keys in `input` that are absent from the parsed `output`, walking both together. */
export function unknownFieldPaths(input: unknown, output: unknown): PathKey[][] {
  const found: PathKey[][] = [];
  const walk = (inValue: unknown, outValue: unknown, path: PathKey[]): void => {
    if (found.length >= MAX_REPORTED) return;
    if (Array.isArray(inValue) && Array.isArray(outValue)) {
      const n = Math.min(inValue.length, outValue.length);
      for (let i = 0; i < n; i++) walk(inValue[i], outValue[i], [...path, i]);
      return;
    }
    if (!isRecord(inValue) || !isRecord(outValue)) return;
    for (const key of Object.keys(inValue)) {
      if (Object.prototype.hasOwnProperty.call(outValue, key)) {
        walk(inValue[key], outValue[key], [...path, key]);
      } else if (found.length < MAX_REPORTED) {
        found.push([...path, key]);
      }
    }
  };
  walk(input, output, []);
  return found;
}
