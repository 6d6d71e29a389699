/**
 * A protocol shown in another language: the same protocol with each text replaced by its
 * translation, and everything else (ids, places, numbers, timings, pressures, directions, order)
 * untouched. A translation that does not fit the protocol (another protocol, text edited since,
 * a text missing) is not applied: the protocol stays in its own language, whole.
 */
import type { Protocol } from '../schema';
import { valueAt } from '../validation/jsonPath';
import type { PathKey } from '../validation/issue';
import { protocolTextEntries } from './textFields';
import { validateTranslation } from './validateTranslation';

function setText(root: unknown, path: readonly PathKey[], text: string): void {
  let node = root as Record<PathKey, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PathKey, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = text;
}

/**
 * `protocol` in the translation's language, or `protocol` itself (the same object) when there is
 * no translation or it does not fit. Always pass the protocol as loaded, never one already
 * localised: a translation fits only the text it was made from.
 */
export function localiseProtocol(protocol: Protocol, translation: unknown): Protocol {
  if (translation === undefined || translation === null) return protocol;
  const checked = validateTranslation(translation, protocol);
  if (!checked.ok) return protocol;
  const localised = structuredClone(protocol);
  for (const entry of protocolTextEntries(protocol)) {
    const found = valueAt(checked.translation.text, entry.key);
    if (found.found && typeof found.value === 'string') {
      setText(localised, entry.protocolPath, found.value.trim());
    }
  }
  return localised;
}
