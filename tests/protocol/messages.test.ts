/** What a person who edited a protocol file by hand reads when the format is wrong. */
import { describe, expect, it } from 'vitest';
import { validateProtocol } from '../../src/protocol/validate';
import { closestName } from '../../src/protocol/validation/suggest';
import { jsonPath } from '../../src/protocol/validation/jsonPath';
import { freshDefault, setAt, type Json } from './support/document';
import { errorsAfter, saidErrors } from './support/validation';
import { englishLeftovers } from '../support/catalogs';
import { sayIn } from '../support/t';

const onlyError = (path: (string | number)[], value: Json) => {
  const errors = errorsAfter((d) => setAt(d, path, value));
  expect(errors).toHaveLength(1);
  return errors[0];
};

describe('messages for a wrong value', () => {
  it('an unknown landmark names the field, an example, the value and the list', () => {
    const e = onlyError(['phases', 2, 'strokes', 0, 'to'], 'knee_back');
    expect(e?.path).toBe('$.phases[2].strokes[0].to');
    expect(e?.message).toMatch(
      /^"to" must be a landmark name such as "popliteal_crease"; got "knee_back"\./,
    );
    expect(e?.message).toContain('groin_crease');
  });

  it('a misspelt landmark suggests the right one', () => {
    const e = onlyError(['phases', 0, 'strokes', 0, 'from'], 'toe-tip');
    expect(e?.message).toContain('Did you mean "toe_tip"?');
  });

  it('an unknown region is counted from 1 in its list', () => {
    const e = onlyError(['phases', 1, 'regions', 0], 'calves');
    expect(e?.path).toBe('$.phases[1].regions[0]');
    expect(e?.message).toMatch(/^Entry 1 of "regions" must be a region name such as "calf"/);
    expect(e?.message).toContain('Did you mean "calf"?');
  });

  it('an unknown stroke kind lists the kinds', () => {
    const e = onlyError(['phases', 0, 'strokes', 0, 'kind'], 'rub');
    expect(e?.message).toBe('"kind" must be one of "glide", "knead", "compress"; got "rub"');
  });

  it('a missing field says what belongs there', () => {
    const errors = errorsAfter((d) => {
      delete d.title;
    });
    expect(errors).toEqual([
      { path: '$.title', message: '"title" is missing; it must be text in quotes' },
    ]);
  });

  it('a number written as text is shown as text', () => {
    const e = onlyError(['timing', 'sessionMinutes', 'min'], 'NaN');
    expect(e).toEqual({
      path: '$.timing.sessionMinutes.min',
      message: '"min" must be a number; got "NaN"',
    });
  });

  it('a fraction where a count belongs, and zero where at least 0.1 belongs', () => {
    expect(onlyError(['phases', 0, 'pacing', 'demoStrokes'], 2.5)?.message).toBe(
      '"demoStrokes" must be a whole number; got 2.5',
    );
    expect(onlyError(['phases', 0, 'pacing', 'sessionWeight'], 0)?.message).toBe(
      '"sessionWeight" must be at least 0.1; got 0',
    );
  });

  it('an empty list where at least one entry is needed', () => {
    expect(onlyError(['contraindications', 0, 'signs'], [])?.message).toBe(
      '"signs" must have at least 1 entry; got a list with 0 entries',
    );
  });

  it('a blank text and a badly written id', () => {
    expect(onlyError(['summary'], '   ')?.message).toBe(
      '"summary" must not be empty; got a text of only spaces',
    );
    expect(onlyError(['phases', 0, 'id'], 'Warm Up')?.message).toBe(
      '"id" must be a lower-case id like "calf-kneading"; got "Warm Up"',
    );
  });

  it('something that is not a protocol at all', () => {
    const result = validateProtocol([1, 2]);
    expect(result.ok).toBe(false);
    expect(saidErrors(result)).toEqual([
      {
        path: '$',
        message: 'The protocol must be a group of fields { … }; got a list with 2 entries',
      },
    ]);
  });

  it('a huge broken list is summarised after the first problems', () => {
    const doc = freshDefault();
    doc.setup = Array.from({ length: 30 }, () => 7);
    const result = validateProtocol(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeLessThanOrEqual(51);
  });
});

describe('hostile keys', () => {
  it('"__proto__" and "constructor" keys neither pollute objects nor confuse the messages', () => {
    const text = JSON.stringify(freshDefault()).replace(
      '"format"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format"',
    );
    const doc: unknown = JSON.parse(text);
    const result = validateProtocol(doc);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.protocol)).toBe(Object.prototype);
      expect(result.warnings.map((w) => w.path)).toEqual(['$.__proto__', '$.constructor']);
    }
  });

  it('a "__proto__" where a phase belongs is reported, not followed', () => {
    const doc = JSON.parse('{"phases": {"__proto__": {"length": 1}}}') as unknown;
    const result = validateProtocol(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(saidErrors(result)).toContainEqual({
        path: '$.phases',
        message: '"phases" must be a list [ … ]; got a group of fields { … }',
      });
    }
  });
});

describe('paths and suggestions', () => {
  it('writes JSON paths with dots, indices and quoted odd keys', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['phases', 2, 'strokes', 0, 'to'])).toBe('$.phases[2].strokes[0].to');
    expect(jsonPath(['a b', '0x'])).toBe('$["a b"]["0x"]');
  });

  it('suggests only names that are close', () => {
    expect(closestName('popliteal crease', ['popliteal_crease', 'heel'])).toBe('popliteal_crease');
    expect(closestName('knee_back', ['popliteal_crease', 'heel'])).toBeNull();
  });
});

describe('articles and plurals in name-list messages', () => {
  it('an unknown aspect reads "an aspect of the leg" and "The aspects of the leg are"', () => {
    const e = onlyError(['phases', 0, 'strokes', 0, 'aspect'], 'backside');
    expect(e?.message).toMatch(/^"aspect" must be an aspect of the leg such as "posterior"/);
    expect(e?.message).toContain('The aspects of the leg are: ');
    expect(e?.message).not.toMatch(/\ba aspect\b|aspect of the legs/);
  });

  it('the other lists keep "a" and a plain plural', () => {
    const e = onlyError(['phases', 2, 'strokes', 0, 'to'], 'knee_back');
    expect(e?.message).toContain('The landmark names are: ');
    const p = onlyError(['phases', 0, 'pressure'], 'hard');
    expect(p?.message).toMatch(/^"pressure" must be a pressure level such as "moderate"/);
    expect(p?.message).toContain('The pressure levels are: ');
  });
});

describe('titles that look empty or reorder themselves', () => {
  const invisible = [
    '\u200b\u200b',
    '\u200d',
    '\u2066\u2069',
    '\ufeff\u200b',
    '\u3164',
    '\u2800 ',
    '\u0301',
  ];
  it.each(invisible)('a title of only invisible characters (%j) is refused', (title) => {
    const e = onlyError(['title'], title);
    expect(e?.path).toBe('$.title');
    expect(e?.message).toMatch(/^"title" must contain visible characters/);
  });

  it('a phase name of only zero-width characters is refused too', () => {
    const e = onlyError(['phases', 1, 'name'], '\u200b\u200c');
    expect(e?.message).toMatch(/^"name" must contain visible characters/);
  });

  it('a title with visible characters around invisible ones is accepted', () => {
    const doc = freshDefault();
    doc.title = '\u200bLeg massage\u200b';
    expect(validateProtocol(doc).ok).toBe(true);
  });
});

describe("in the reader's language", () => {
  it('a Spanish reader gets the whole message in Spanish, with the values from the file', async () => {
    const doc = freshDefault();
    setAt(doc, ['phases', 2, 'strokes', 0, 'to'], 'knee_back');
    const result = validateProtocol(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.errors;
    expect(issue?.path).toBe('$.phases[2].strokes[0].to');
    const text = await sayIn('es', issue!.message);
    expect(text).toMatch(
      /^"to": debe ser un nombre de punto de referencia, como "popliteal_crease"; se recibió "knee_back"\./,
    );
    expect(text).toContain('groin_crease');
    expect(englishLeftovers('es', [text])).toEqual([]);
  });
});
