/**
 * The map of a protocol's text covers every text a person reads, in every part of the format
 * (the default protocol plus a keep-off area and a keep-off mark, which it lacks), and nothing
 * that is not text: ids, anatomy names, techniques, pressures, numbers.
 */
import { describe, expect, it } from 'vitest';
import { protocolTextEntries } from '../../../src/protocol/localisation/textFields';
import { validateProtocol } from '../../../src/protocol/validate';
import type { PathKey } from '../../../src/protocol/validation/issue';
import { jsonPath } from '../../../src/protocol/validation/jsonPath';
import { allPaths, freshDefault, getAt, type Json } from '../support/document';

/** Field names that hold prose in the protocol format; `cues` and `signs` are lists of prose. */
const PROSE_FIELDS = new Set([
  ...['title', 'summary', 'goal', 'note', 'disclaimer', 'pacingNote', 'text', 'why', 'name'],
  ...['description', 'purpose', 'source', 'action', 'principle'],
]);
const PROSE_LISTS = new Set(['cues', 'signs']);

function isProsePath(path: readonly PathKey[]): boolean {
  const last = path[path.length - 1];
  if (typeof last === 'number') return PROSE_LISTS.has(String(path[path.length - 2]));
  return PROSE_FIELDS.has(String(last));
}

function everyPartOfTheFormat() {
  const doc = freshDefault();
  doc.keepOff = [
    {
      id: 'spare-scar',
      region: 'shin',
      text: 'Spare the scar on the shin.',
      why: 'It is recent.',
      provenance: 'proximal',
      source: 'A physiotherapist.',
    },
  ];
  doc.keepOffMarks = [
    { id: 'bruise-1', kind: 'bruise', s: 0.4, theta: 10, radiusCm: 3, note: 'Bruise from a fall.' },
  ];
  const result = validateProtocol(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { doc, protocol: result.protocol };
}

describe('protocolTextEntries', () => {
  it('finds exactly the prose of the protocol, at its place, keyed by ids', () => {
    const { doc, protocol } = everyPartOfTheFormat();
    const prose = allPaths(doc)
      .filter((p) => typeof getAt(doc, p) === 'string' && isProsePath(p))
      .map((p) => jsonPath(p));
    const entries = protocolTextEntries(protocol);
    expect(entries.map((e) => jsonPath(e.protocolPath)).sort()).toEqual(prose.sort());
    for (const e of entries) expect(e.text).toBe(getAt(doc, e.protocolPath) as Json);
    const keys = entries.map((e) => jsonPath(e.key));
    expect(keys).toContain('$.keepOff["spare-scar"].source');
    expect(keys).toContain('$.keepOffMarks["bruise-1"].note');
    expect(keys).toContain('$.phases["calf-petrissage"].strokes["calf-knead"].description');
    expect(keys).toContain('$.contraindications["suspected-dvt"].signs[3]');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves out every id, anatomy name and enum: none of them is prose', () => {
    const { protocol } = everyPartOfTheFormat();
    const last = protocolTextEntries(protocol).map((e) => e.protocolPath.at(-1));
    for (const field of ['id', 'kind', 'from', 'to', 'aspect', 'technique', 'pressure']) {
      expect(last).not.toContain(field);
    }
  });
});
