/**
 * localiseProtocol over random translations of the default protocol: only text changes (every
 * id, place, number, pressure, direction, order and list length stays), each text becomes its
 * translation, the result is still a valid protocol, and localising again changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { localiseProtocol } from '../../../src/protocol/localisation/localiseProtocol';
import { sourceDigest } from '../../../src/protocol/localisation/sourceDigest';
import { protocolTextEntries } from '../../../src/protocol/localisation/textFields';
import type { Protocol } from '../../../src/protocol/schema';
import { validateProtocol } from '../../../src/protocol/validate';
import type { PathKey } from '../../../src/protocol/validation/issue';
import { setAt, type Json } from '../support/document';
import { freshTranslation } from '../support/translations';

const SLOW_UNDER_LOAD = { timeout: 60_000 };
const entries = protocolTextEntries(defaultProtocol);
const untouched: unknown = structuredClone(defaultProtocol);

/**
 * Field names that hold prose in the protocol format, written out here apart from the code's
 * own map; `cues` and `signs` are lists of prose.
 */
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

/** Every place where `a` and `b` differ; a difference in shape or in a non-string is fatal. */
function differences(a: unknown, b: unknown, path: PathKey[] = []): PathKey[][] {
  if (typeof a === 'string' && typeof b === 'string') return a === b ? [] : [path];
  if (Array.isArray(a) && Array.isArray(b)) {
    expect(b.length, `length at ${path.join('.')}`).toBe(a.length);
    return a.flatMap((x, i) => differences(x, b[i], [...path, i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    expect(Object.keys(b).sort(), `keys at ${path.join('.')}`).toEqual(Object.keys(a).sort());
    const bb = b as Record<string, unknown>;
    return Object.entries(a).flatMap(([k, v]) => differences(v, bb[k], [...path, k]));
  }
  expect(b, `value at ${path.join('.')}`).toBe(a);
  return [];
}

function at(root: unknown, path: readonly PathKey[]): unknown {
  return path.reduce<unknown>((node, k) => (node as Record<PathKey, unknown>)[k], root);
}

/** Plain text in a few scripts, with spaces around it that the protocol's trimming removes. */
const translatedText = fc
  .tuple(
    fc.constantFrom(' ', '', '\n'),
    fc.constantFrom('Masaje', 'Streichung', 'تدليك', 'ñ', 'ß', '7', '«'),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  )
  .map(([pad, head, tail]) => `${pad}${head}${tail.replace(/[{}<>%]/g, '')}${pad}`);

/** A valid translation of the default protocol into random text. */
const randomTranslation = fc
  .array(translatedText, { minLength: entries.length, maxLength: entries.length })
  .map((texts) => {
    const doc = freshTranslation('es');
    entries.forEach((e, i) => setAt(doc, ['text', ...e.key], texts[i] ?? 'x'));
    return doc;
  });

describe('localiseProtocol', () => {
  it(
    'changes nothing but text, puts each translation in its place, keeps a valid protocol',
    SLOW_UNDER_LOAD,
    () => {
      fc.assert(
        fc.property(randomTranslation, (translation) => {
          const localised = localiseProtocol(defaultProtocol, translation);
          expect(localised).not.toBe(defaultProtocol);
          for (const path of differences(defaultProtocol, localised)) {
            expect(isProsePath(path), `changed ${path.join('.')}`).toBe(true);
          }
          for (const e of entries) {
            const wanted = (at(translation.text, e.key) as string).trim();
            expect(at(localised, e.protocolPath)).toBe(wanted);
          }
          const checked = validateProtocol(JSON.parse(JSON.stringify(localised)));
          expect(checked.ok, checked.ok ? '' : JSON.stringify(checked.errors)).toBe(true);
          expect(defaultProtocol).toEqual(untouched);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('is safe to apply twice: the second time changes nothing', SLOW_UNDER_LOAD, () => {
    fc.assert(
      fc.property(randomTranslation, (translation) => {
        const once = localiseProtocol(defaultProtocol, translation);
        const twice = localiseProtocol(once, translation);
        expect(twice).toEqual(once);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves the protocol as it is, the same object, when no translation fits', () => {
    const otherProtocol: Protocol = { ...structuredClone(defaultProtocol), id: 'my-own-routine' };
    const edited = structuredClone(defaultProtocol);
    edited.timing.text = 'Twenty minutes in all.';
    const cases: [Protocol, unknown][] = [
      [defaultProtocol, undefined],
      [defaultProtocol, null],
      [defaultProtocol, { language: 'fr' }],
      [otherProtocol, freshTranslation('de')],
      [edited, freshTranslation('ar')],
    ];
    for (const [protocol, translation] of cases) {
      expect(localiseProtocol(protocol, translation)).toBe(protocol);
    }
  });

  it('applies a translation to a user protocol that has one made for its own text', () => {
    const own: Protocol = { ...structuredClone(defaultProtocol), id: 'my-own-routine' };
    const translation = freshTranslation('es');
    setAt(translation, ['protocol', 'id'], own.id);
    setAt(translation, ['protocol', 'sourceDigest'], sourceDigest(own));
    const localised = localiseProtocol(own, translation);
    expect(localised.title).toBe('Masaje circulatorio de piernas');
    expect(localised.id).toBe('my-own-routine');
  });

  it('puts text in, never anything else: a translation carries no numbers for the protocol', () => {
    const translation = freshTranslation('de') as { [key: string]: Json };
    const localised = localiseProtocol(defaultProtocol, translation);
    expect(localised.timing.sessionMinutes).toEqual(defaultProtocol.timing.sessionMinutes);
    expect(localised.phases.map((p) => p.pacing)).toEqual(
      defaultProtocol.phases.map((p) => p.pacing),
    );
    expect(localised.timing.text).toMatch(/^Eine Sitzung von 15 bis 30 Minuten/);
  });
});
