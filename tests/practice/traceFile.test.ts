import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_TRACE_SAMPLES,
  parseTrace,
  parseTraceText,
  serializeTrace,
  type Trace,
} from '../../src/practice/traceFile';
import { say, sayIn } from '../support/t';

const sample = { s: 0.2, theta: 90, t: 0, pressure: 'light' };
const file = (value: unknown) => JSON.stringify(value);

function errorsOf(text: string, maxBytes?: number): string[] {
  const result = parseTraceText(text, maxBytes);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${say(e.message)}`);
}

describe('a trace file', () => {
  it('reads a well-formed trace', () => {
    const result = parseTraceText(file({ leg: 'left', samples: [sample] }));
    expect(result).toEqual({ ok: true, trace: { leg: 'left', samples: [sample] } });
  });

  it('names the offending sample and field by JSON path', () => {
    const samples = [sample, sample, sample, { ...sample, s: 1.4 }];
    expect(errorsOf(file({ leg: 'right', samples }))).toEqual([
      '$.samples[3].s: must be a number between 0 and 1',
    ]);
  });

  it('says which key is missing and what it should hold', () => {
    expect(errorsOf(file({ samples: [{ s: 0.1, theta: 0, t: 0 }] }))).toEqual([
      '$.leg: is missing (expected "right" or "left")',
      '$.samples[0].pressure: is missing (expected one of "light", "moderate", "firm")',
    ]);
  });

  it('refuses a sample earlier than the one before', () => {
    const samples = [sample, { ...sample, t: 50 }, { ...sample, t: 40 }];
    expect(errorsOf(file({ leg: 'right', samples }))).toEqual([
      '$.samples[2].t: must not be earlier than the sample before (50 ms)',
    ]);
  });

  it('accepts two samples at the same moment', () => {
    expect(parseTraceText(file({ leg: 'right', samples: [sample, sample] })).ok).toBe(true);
  });

  it('refuses θ outside ±180 and an unknown pressure', () => {
    const samples = [{ ...sample, theta: 270, pressure: 'deep' }];
    expect(errorsOf(file({ leg: 'right', samples }))).toEqual([
      '$.samples[0].theta: must be a number of degrees between -180 and 180',
      '$.samples[0].pressure: must be one of "light", "moderate", "firm"',
    ]);
  });

  it('refuses an empty trace and one with too many samples', () => {
    expect(errorsOf(file({ leg: 'right', samples: [] }))).toEqual([
      '$.samples: must hold at least one sample',
    ]);
    const many = Array.from({ length: MAX_TRACE_SAMPLES + 1 }, (_, t) => ({ ...sample, t }));
    expect(errorsOf(file({ leg: 'right', samples: many }), 10_000_000)).toEqual([
      `$.samples: must hold at most ${MAX_TRACE_SAMPLES.toLocaleString('en')} samples`,
    ]);
  });

  it('refuses oversize text before parsing it', () => {
    // Not JSON at all: a size error (not a JSON error) shows the text was never parsed.
    expect(errorsOf('{'.repeat(2000), 1000)).toEqual([
      '$: is larger than the limit of 1,000 bytes',
    ]);
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = file({ leg: 'right', samples: [sample], note: 'é'.repeat(600) });
    expect(text.length).toBeLessThan(1000);
    expect(errorsOf(text, 1000)).toEqual(['$: is larger than the limit of 1,000 bytes']);
  });

  it('reports broken JSON as such', () => {
    expect(errorsOf('{"leg": "right", "samples": [')[0]).toMatch(/^\$: is not valid JSON/);
  });

  it('says where broken JSON breaks: line and column', () => {
    expect(errorsOf('{\n  "leg": "right",\n  "samples": [],\n}')[0]).toMatch(
      /^\$: is not valid JSON \(line 4, column 1: /,
    );
  });

  it('accepts a trace saved with a byte-order mark, as some editors save it', () => {
    const text = file({ leg: 'left', samples: [sample] });
    expect(parseTraceText(`\uFEFF${text}`)).toEqual(parseTraceText(text));
    expect(parseTraceText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('reports a caps-limited list of errors for a file full of bad samples', () => {
    const bad = Array.from({ length: 500 }, () => ({ s: 'x' }));
    const errors = errorsOf(file({ leg: 'right', samples: bad }));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(20);
  });

  it('never throws, whatever the value or the text', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseTrace(value);
        const text = JSON.stringify(value) as string | undefined;
        const fromText = parseTraceText(text ?? 'undefined');
        return typeof result.ok === 'boolean' && typeof fromText.ok === 'boolean';
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => typeof parseTraceText(text).ok === 'boolean'));
  });

  it('gives a path and a message for every malformed value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseTrace(value);
        if (result.ok) return true;
        return (
          result.errors.length > 0 &&
          result.errors.every((e) => e.path.startsWith('$') && say(e.message).length > 0)
        );
      }),
    );
  });

  const traceArbitrary: fc.Arbitrary<Trace> = fc
    .record({
      leg: fc.constantFrom('right' as const, 'left' as const),
      samples: fc.array(
        fc.record({
          s: fc.double({ min: 0, max: 1, noNaN: true }),
          theta: fc.double({ min: -180, max: 180, noNaN: true }),
          dt: fc.double({ min: 0, max: 100, noNaN: true }),
          pressure: fc.constantFrom('light' as const, 'moderate' as const, 'firm' as const),
        }),
        { minLength: 1, maxLength: 50 },
      ),
    })
    .map(({ leg, samples }) => {
      let t = 0;
      return {
        leg,
        samples: samples.map(({ dt, ...rest }) => {
          t += dt;
          return { ...rest, t };
        }),
      };
    });

  it('reads back exactly what it wrote', () => {
    fc.assert(
      fc.property(traceArbitrary, (trace) => {
        // JSON has no negative zero; compare the numbers the way JSON sees them.
        const expected = JSON.parse(JSON.stringify(trace)) as Trace;
        expect(parseTraceText(serializeTrace(trace))).toEqual({ ok: true, trace: expected });
      }),
    );
  });
});

describe('a trace file’s problems in the reader’s language', () => {
  it('reads in German, with the path and the values of the file', async () => {
    const result = parseTraceText(file({ leg: 'right', samples: [{ ...sample, s: 3 }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [error] = result.errors;
    expect(error?.path).toBe('$.samples[0].s');
    await expect(sayIn('de', error!.message)).resolves.toBe('muss eine Zahl zwischen 0 und 1 sein');
  });
});
