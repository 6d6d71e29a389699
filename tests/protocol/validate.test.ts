/**
 * Properties of validateProtocol over random input: it never throws, and a change in one place
 * of a good protocol is reported at that place (or not at all).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANDMARKS, REGIONS } from '../../src/anatomy/names';
import { parseProtocolText, validateProtocol } from '../../src/protocol/validate';
import type { PathKey } from '../../src/protocol/validation/issue';
import { missingKeys } from '../../src/i18n/instance';
import { KEY_SHAPED } from '../support/catalogs';
import { said } from './support/validation';
import {
  allPaths,
  deleteAt,
  freshDefault,
  getAt,
  onOneLine,
  pathText,
  setAt,
  type Json,
} from './support/document';

/** Property tests are quick alone but share two cores with other work. */
const SLOW_UNDER_LOAD = { timeout: 30_000 };

const RUNS = 2000;
const template = freshDefault();
const paths = allPaths(template);
const objectKeyPaths = paths.filter((p) => typeof p[p.length - 1] === 'string');
const strokePaths = paths.filter((p) => p.length === 4 && p[0] === 'phases' && p[2] === 'strokes');

function expectWellFormedErrors(result: ReturnType<typeof validateProtocol>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of said(result.errors)) {
    expect(e.path).toMatch(/^\$/);
    expect(e.message.trim().length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(new RegExp(KEY_SHAPED.source));
    expect([...missingKeys]).toEqual([]);
  }
}

/** A path with its list positions blurred: `phases.*.strokes.*.to`. */
const shapeOf = (path: PathKey[]) => path.map((k) => (typeof k === 'number' ? '*' : k)).join('.');

/** Places in the default document that hold a single word: names, ids, levels. */
const wordPaths = paths.filter((p) => {
  const v = getAt(template, p);
  return typeof v === 'string' && /^[a-z_-]+$/.test(v);
});

/**
 * Plausible slips for the word at `path`: any word found in a place of the same shape (another
 * phase's depth, another stroke's id), any name of the same vocabulary, and a few strays.
 */
function slipsFor(path: PathKey[]): string[] {
  const original = getAt(template, path);
  const shape = shapeOf(path);
  const words = new Set<string>(['deep', 'stop', 'knead']);
  for (const other of wordPaths) {
    const v = getAt(template, other);
    if (shapeOf(other) === shape && typeof v === 'string') words.add(v);
  }
  for (const vocabulary of [LANDMARKS, REGIONS] as const) {
    if ((vocabulary as readonly unknown[]).includes(original))
      vocabulary.forEach((w) => words.add(w));
  }
  words.delete(String(original));
  return [...words];
}

/**
 * The error must point at the changed place, inside it or above it, or name it (a duplicate id
 * names the first use). A changed `kind` also decides which sibling fields the object needs.
 */
function expectErrorsAt(result: ReturnType<typeof validateProtocol>, changed: PathKey[]): void {
  if (result.ok) return;
  const place = pathText(changed);
  const changedKind = changed[changed.length - 1] === 'kind';
  const allowed = changedKind ? pathText(changed.slice(0, -1)) : place;
  for (const e of said(result.errors)) {
    const cited = e.message.match(/\$[\w.[\]"-]*/g) ?? [];
    const related = [e.path, ...cited].some((p) => onOneLine(p, allowed));
    expect(related, `${e.path}: ${e.message} (changed ${place})`).toBe(true);
  }
}

describe('validateProtocol on arbitrary values', SLOW_UNDER_LOAD, () => {
  it('never throws and reports every problem with a $-path and a message', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => expectWellFormedErrors(validateProtocol(value))),
      { numRuns: RUNS },
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormedErrors(validateProtocol(value))),
      { numRuns: RUNS },
    );
  });

  it('never throws on any text, JSON or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'grapheme-ascii' })),
        (text) => {
          expectWellFormedErrors(parseProtocolText(text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on a protocol with any field replaced by any value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const doc = freshDefault();
        setAt(doc, path, value as Json);
        const result = validateProtocol(doc);
        if (!result.ok) expectWellFormedErrors(result);
      }),
      { numRuns: RUNS },
    );
  });
});

describe(
  'one change to the default protocol is reported where it was made',
  SLOW_UNDER_LOAD,
  () => {
    it('deleting a field', () => {
      fc.assert(
        fc.property(fc.constantFrom(...objectKeyPaths), (path) => {
          const doc = freshDefault();
          deleteAt(doc, path);
          expectErrorsAt(validateProtocol(doc), path);
        }),
        { numRuns: Math.min(RUNS, objectKeyPaths.length * 3) },
      );
    });

    it('replacing a value with any JSON value', () => {
      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
          const doc = freshDefault();
          setAt(doc, path, value as Json);
          expectErrorsAt(validateProtocol(doc), path);
        }),
        { numRuns: RUNS },
      );
    });

    it('replacing any name or id with any plausible slip (all combinations)', () => {
      expect(wordPaths.length).toBeGreaterThan(100);
      let tried = 0;
      let rejected = 0;
      for (const path of wordPaths) {
        for (const word of slipsFor(path)) {
          const doc = freshDefault();
          setAt(doc, path, word);
          const result = validateProtocol(doc);
          expectErrorsAt(result, path);
          tried++;
          if (!result.ok) rejected++;
        }
      }
      expect(tried).toBeGreaterThan(1000);
      // Most slips break something; the check above is about where that is reported.
      expect(rejected).toBeGreaterThan(tried / 2);
    });

    it('replacing a number with another number', () => {
      const numberPaths = paths.filter((p) => typeof getAt(template, p) === 'number');
      fc.assert(
        fc.property(
          fc.constantFrom(...numberPaths),
          fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ noNaN: true })),
          (path, value) => {
            const doc = freshDefault();
            setAt(doc, path, value);
            expectErrorsAt(validateProtocol(doc), path);
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('swapping the ends of a stroke lane always fails, at that stroke', () => {
      for (const path of strokePaths) {
        const doc = freshDefault();
        const from = getAt(doc, [...path, 'from']);
        setAt(doc, [...path, 'from'], getAt(doc, [...path, 'to']));
        setAt(doc, [...path, 'to'], from);
        const result = validateProtocol(doc);
        expect(result.ok).toBe(false);
        expectErrorsAt(result, path);
      }
    });

    it('reusing an earlier id in the same list fails at the reuse', () => {
      const idGroups: PathKey[][][] = [
        paths.filter((p) => p.length === 2 && p[0] === 'setup'),
        paths.filter((p) => p.length === 2 && p[0] === 'phases'),
        strokePaths,
        paths.filter((p) => p.length === 2 && p[0] === 'rules'),
        paths.filter((p) => p.length === 2 && p[0] === 'contraindications'),
      ];
      const pairs = idGroups.flatMap((group) =>
        group.flatMap((earlier, i) => group.slice(i + 1).map((later) => [earlier, later] as const)),
      );
      expect(pairs.length).toBeGreaterThan(20);
      for (const [earlier, later] of pairs) {
        const doc = freshDefault();
        setAt(doc, [...later, 'id'], getAt(doc, [...earlier, 'id']));
        const result = validateProtocol(doc);
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.errors.map((e) => e.path)).toEqual([pathText([...later, 'id'])]);
      }
    });
  },
);
