/**
 * The translation validator: each kind of problem is reported as its code, at its place, with
 * parameters; a change in one place of a good translation is reported at that place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { protocolTextEntries } from '../../../src/protocol/localisation/textFields';
import type { TranslationIssue } from '../../../src/protocol/localisation/translationIssue';
import {
  parseTranslationText,
  validateTranslation,
} from '../../../src/protocol/localisation/validateTranslation';
import { jsonPath } from '../../../src/protocol/validation/jsonPath';
import type { PathKey } from '../../../src/protocol/validation/issue';
import { deleteAt, getAt, setAt, type Json } from '../support/document';
import { freshTranslation, SHIPPED_LANGUAGES } from '../support/translations';

const SLOW_UNDER_LOAD = { timeout: 30_000 };
const entries = protocolTextEntries(defaultProtocol);
type Doc = ReturnType<typeof freshTranslation>;

function errorsAfter(edit: (doc: Doc) => void): TranslationIssue[] {
  const doc = freshTranslation('es');
  edit(doc);
  const result = validateTranslation(doc, defaultProtocol);
  expect(result.ok, 'expected the edited translation to be refused').toBe(false);
  return result.ok ? [] : result.errors;
}

const textPath = (key: readonly PathKey[]): PathKey[] => ['text', ...key];

describe('validateTranslation', () => {
  it.each(SHIPPED_LANGUAGES)('accepts the shipped %s translation of the default protocol', (l) => {
    const result = validateTranslation(freshTranslation(l), defaultProtocol);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.errors, null, 1)).toBe(true);
  });

  it('reports a missing text at its place, naming the protocol field it translates', () => {
    const errors = errorsAfter((doc) =>
      deleteAt(doc, ['text', 'contraindications', 'suspected-dvt', 'action']),
    );
    expect(errors).toEqual([
      {
        path: '$.text.contraindications["suspected-dvt"].action',
        code: 'translation.textMissing',
        params: { field: '$.contraindications[1].action' },
      },
    ]);
  });

  it('reports every text of a missing group, and a list entry missing by position', () => {
    const errors = errorsAfter((doc) => {
      deleteAt(doc, ['text', 'setup', 'legs-elevated']);
      setAt(doc, ['text', 'contraindications', 'suspected-dvt', 'signs'], ['a', 'b', 'c']);
    });
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['translation.textMissing', '$.text.setup["legs-elevated"].text'],
      ['translation.textMissing', '$.text.setup["legs-elevated"].why'],
      ['translation.textMissing', '$.text.contraindications["suspected-dvt"].signs[3]'],
    ]);
  });

  it('refuses a key the protocol does not have: an unknown id, a field, a list entry too many', () => {
    const errors = errorsAfter((doc) => {
      setAt(doc, ['text', 'phases', 'ankle-circles'], { name: 'Círculos' });
      setAt(doc, ['text', 'setup', 'warm-room', 'why'], 'Porque sí.');
      setAt(doc, ['text', 'phases', 'calf-petrissage', 'cues', 4], 'Una más.');
      setAt(doc, ['text', 'colour'], 'rojo');
    });
    expect(errors.map((e) => [e.code, e.path, e.params])).toEqual([
      ['translation.keyUnknown', '$.text.setup["warm-room"].why', { key: 'why' }],
      ['translation.keyUnknown', '$.text.phases["calf-petrissage"].cues[4]', { key: '4' }],
      ['translation.keyUnknown', '$.text.phases["ankle-circles"]', { key: 'ankle-circles' }],
      ['translation.keyUnknown', '$.text.colour', { key: 'colour' }],
    ]);
  });

  it('refuses a translation of another protocol, naming both ids', () => {
    const errors = errorsAfter((doc) => setAt(doc, ['protocol', 'id'], 'lymph-drainage'));
    expect(errors).toEqual([
      {
        path: '$.protocol.id',
        code: 'translation.protocolMismatch',
        params: { expected: 'circulatory-leg-massage', got: 'lymph-drainage' },
      },
    ]);
  });

  it('refuses a translation made from other text than the protocol has now', () => {
    const edited = structuredClone(defaultProtocol);
    const dvt = edited.contraindications.find((c) => c.id === 'suspected-dvt');
    if (dvt) dvt.action = 'Do not massage. Call your doctor today.';
    const result = validateTranslation(freshTranslation('de'), edited);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: '$.protocol.sourceDigest',
        code: 'translation.sourceChanged',
      }),
    ]);
  });

  it.each([
    ['an ICU argument', 'Dura {minutes} minutos.', '{'],
    ['an i18next placeholder', 'Dura {{n}} minutos.', '{'],
    ['a printf placeholder', 'Dura %s minutos.', '%s'],
    ['markup', 'Dura <b>30</b> minutos.', '<b>'],
  ])('refuses %s: translations are plain text', (_, text, found) => {
    const errors = errorsAfter((doc) => setAt(doc, ['text', 'timing', 'text'], text));
    expect(errors).toEqual([
      { path: '$.text.timing.text', code: 'translation.textNotPlain', params: { found } },
    ]);
  });

  it('accepts percent signs, angle brackets and quotes that are not placeholders or markup', () => {
    const doc = freshTranslation('es');
    setAt(
      doc,
      ['text', 'timing', 'text'],
      'Al 50 % de la sesión, si la presión es < 3 y "ligera".',
    );
    expect(validateTranslation(doc, defaultProtocol).ok).toBe(true);
  });

  it('refuses an empty, an invisible and an over-long text; caps like the protocol (2000)', () => {
    const errors = errorsAfter((doc) => {
      setAt(doc, ['text', 'title'], '   ');
      setAt(doc, ['text', 'goal'], '\u200b\u200d');
      setAt(doc, ['text', 'summary'], 'a'.repeat(2001));
    });
    expect(errors).toEqual([
      { path: '$.text.title', code: 'translation.textEmpty', params: {} },
      {
        path: '$.text.summary',
        code: 'translation.textTooLong',
        params: { length: 2001, max: 2000 },
      },
      { path: '$.text.goal', code: 'translation.textEmpty', params: {} },
    ]);
  });

  it('refuses a text where a group or a list belongs, and the other way round', () => {
    const errors = errorsAfter((doc) => {
      setAt(doc, ['text', 'timing'], 'treinta minutos');
      setAt(doc, ['text', 'phases', 'calf-petrissage', 'cues'], { 0: 'Sube.' });
      setAt(doc, ['text', 'goal'], ['Favorecer']);
    });
    expect(errors.map((e) => [e.code, e.path, e.params])).toEqual([
      ['translation.wrongKind', '$.text.goal', { expected: 'text' }],
      ['translation.wrongKind', '$.text.phases["calf-petrissage"].cues', { expected: 'list' }],
      ['translation.wrongKind', '$.text.timing', { expected: 'group' }],
    ]);
  });

  it('checks the envelope: format, version, a BCP 47 language, no unknown field', () => {
    const errors = errorsAfter((doc) => {
      setAt(doc, ['format'], 'proximal-protocol');
      deleteAt(doc, ['version']);
      setAt(doc, ['language'], 'español');
      setAt(doc, ['author'], 'Ana');
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: '$.format', code: 'translation.fieldInvalid', params: { field: '$.format' } },
        { path: '$.version', code: 'translation.fieldMissing', params: { field: '$.version' } },
        {
          path: '$.language',
          code: 'translation.languageInvalid',
          params: { language: 'español' },
        },
        { path: '$.author', code: 'translation.fieldUnknown', params: { field: '$.author' } },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('accepts region subtags and scripts in the language (es-MX, zh-Hant-TW)', () => {
    for (const language of ['es-MX', 'de-CH', 'ar-EG', 'zh-Hant-TW']) {
      const doc = freshTranslation('es');
      setAt(doc, ['language'], language);
      expect(validateTranslation(doc, defaultProtocol).ok, language).toBe(true);
    }
  });

  it('reports at most 50 problems and says how many more there are', () => {
    const errors = errorsAfter((doc) => setAt(doc, ['text'], {}));
    expect(entries.length).toBeGreaterThan(50);
    expect(errors).toHaveLength(51);
    expect(errors[50]).toEqual({
      path: '$',
      code: 'translation.moreIssues',
      params: { more: entries.length - 50 },
    });
  });

  it('reads a file: size before JSON, then JSON, then the translation', () => {
    const tooLarge = parseTranslationText(' '.repeat(300 * 1024), defaultProtocol);
    expect(tooLarge.ok ? null : tooLarge.errors[0]?.params).toMatchObject({ kind: 'too-large' });
    const broken = parseTranslationText('{"format": ', defaultProtocol);
    expect(broken.ok ? null : broken.errors[0]?.params).toMatchObject({ kind: 'syntax' });
    const good = parseTranslationText(JSON.stringify(freshTranslation('ar')), defaultProtocol);
    expect(good.ok).toBe(true);
  });

  it(
    'reports a text removed from anywhere as missing at exactly its place',
    SLOW_UNDER_LOAD,
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...entries), fc.constantFrom(...SHIPPED_LANGUAGES), (e, l) => {
          const doc = freshTranslation(l);
          const last = e.key[e.key.length - 1];
          // A list entry removed shortens the list: the one missing is the last.
          let key = e.key;
          let field = e.protocolPath;
          if (typeof last === 'number') {
            const list = getAt(doc, textPath(e.key.slice(0, -1))) as Json[];
            list.splice(last, 1);
            const end = list.length;
            key = [...e.key.slice(0, -1), end];
            field = [...e.protocolPath.slice(0, -1), end];
          } else deleteAt(doc, textPath(e.key));
          const result = validateTranslation(doc, defaultProtocol);
          expect(result.ok ? [] : result.errors).toEqual([
            {
              path: jsonPath(textPath(key)),
              code: 'translation.textMissing',
              params: { field: jsonPath(field) },
            },
          ]);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('never throws, whatever the input', SLOW_UNDER_LOAD, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const doc = freshTranslation('es');
        setAt(doc, ['text'], value as Json);
        const result = validateTranslation(doc, defaultProtocol);
        expect(typeof result.ok).toBe('boolean');
        expect(validateTranslation(value, defaultProtocol).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
