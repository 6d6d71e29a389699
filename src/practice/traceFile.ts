/**
 * The trace file: a stroke a learner drew on the leg, as chart samples over time. The app
 * exports it and `npm run check-trace` reads it, so the format is checked as untrusted input:
 * size first, then JSON, then shape, with every problem reported as a JSON path and a message
 * (a `practice:traceFile` key with its parameters; the app and the CLI word it).
 */
import { readJsonText, type JsonProblem } from '../files/readJsonText';
import { z } from '../files/zod';
import { LEG_SIDES, PRESSURE_LEVELS } from '../anatomy/names';
import { isMessage, message, type Message } from '../i18n/message';

/** Ten minutes at 30 Hz: longer than any stroke, short enough to analyse at once. */
export const MAX_TRACE_SAMPLES = 20_000;
/** A full-size trace serialises to about 1.3 MB; refuse anything well beyond that unread. */
export const DEFAULT_MAX_TRACE_BYTES = 2_000_000;
/** A broken file can hold thousands of bad samples; the first few say enough. */
const MAX_REPORTED_ERRORS = 20;

/**
 * zod carries a message as text: the message, as JSON, read back by `parseTrace`. Only the
 * issue's own function sees whether the key was there at all.
 */
const coded = (said: Message): string => JSON.stringify(said);

/** `must be …` for a wrong value, `is missing` when the key is absent. */
function expected(what: Message) {
  return (issue: { input?: unknown }) =>
    coded(
      message(
        issue.input === undefined ? 'practice:traceFile.missing' : 'practice:traceFile.mustBe',
        { what },
      ),
    );
}

const mustBe = (what: Message) => coded(message('practice:traceFile.mustBe', { what }));

const unitInterval = message('practice:traceFile.what.unitInterval');
const degrees = message('practice:traceFile.what.degrees');
const milliseconds = message('practice:traceFile.what.milliseconds');
const pressureWords = message('practice:traceFile.what.pressure', {
  values: PRESSURE_LEVELS.map((p) => `"${p}"`).join(', '),
});

export const traceSampleSchema = z.object(
  {
    /** Along the leg: 0 at the toe tip, 1 at the groin. */
    s: z
      .number({ error: expected(unitInterval) })
      .min(0, mustBe(unitInterval))
      .max(1, mustBe(unitInterval)),
    /** Around the leg in degrees: 0 anterior, +90 medial on either leg, ±180 posterior. */
    theta: z
      .number({ error: expected(degrees) })
      .min(-180, mustBe(degrees))
      .max(180, mustBe(degrees)),
    /** Milliseconds since the trace began. */
    t: z.number({ error: expected(milliseconds) }).min(0, mustBe(milliseconds)),
    pressure: z.enum(PRESSURE_LEVELS, { error: expected(pressureWords) }),
  },
  { error: expected(message('practice:traceFile.what.sample')) },
);

export const traceSchema = z.object(
  {
    leg: z.enum(LEG_SIDES, { error: expected(message('practice:traceFile.what.leg')) }),
    /** False when nothing measured the pressure (a camera): every sample then says "light". */
    pressureMeasured: z
      .literal(false, { error: expected(message('practice:traceFile.what.notMeasured')) })
      .optional(),
    samples: z
      .array(traceSampleSchema, { error: expected(message('practice:traceFile.what.samples')) })
      .min(1, coded(message('practice:traceFile.atLeastOneSample')))
      .max(
        MAX_TRACE_SAMPLES,
        coded(message('practice:traceFile.atMostSamples', { max: MAX_TRACE_SAMPLES })),
      )
      .superRefine((samples, ctx) => {
        // Time only runs forward; equal stamps are fine (two events in one frame).
        for (let i = 1; i < samples.length; i++) {
          const before = samples[i - 1];
          const sample = samples[i];
          if (before && sample && sample.t < before.t) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 't'],
              message: coded(message('practice:traceFile.notEarlier', { t: before.t })),
            });
          }
        }
      }),
  },
  { error: expected(message('practice:traceFile.what.file')) },
);

export type Trace = z.infer<typeof traceSchema>;
export type TraceSample = z.infer<typeof traceSampleSchema>;

export interface TraceError {
  /** JSON path of the offending value, e.g. `$.samples[3].s`. */
  path: string;
  message: Message;
}
export type TraceParseResult = { ok: true; trace: Trace } | { ok: false; errors: TraceError[] };

/** `$.samples[3].s` from zod's `['samples', 3, 's']`. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
}

/** A message of the schema's, or zod's own (English) words as the value that is wanted. */
function decoded(text: string): Message {
  try {
    const value: unknown = JSON.parse(text);
    if (isMessage(value)) return value;
  } catch {
    // not one of ours
  }
  return message('practice:traceFile.mustBe', { what: text });
}

/** Checks an already parsed value against the trace format. Never throws. */
export function parseTrace(input: unknown): TraceParseResult {
  const result = traceSchema.safeParse(input);
  if (result.success) return { ok: true, trace: result.data };
  const errors = result.error.issues
    .slice(0, MAX_REPORTED_ERRORS)
    .map((issue) => ({ path: jsonPath(issue.path), message: decoded(issue.message) }));
  return { ok: false, errors };
}

/** What was wrong with a trace file's JSON, said of the file (`$`). */
function jsonProblemMessage(problem: JsonProblem): Message {
  switch (problem.kind) {
    case 'not-text':
      return message('practice:traceFile.notText');
    case 'too-large':
      return message('practice:files.tooLarge', { bytes: problem.maxBytes });
    case 'empty':
      return message('practice:traceFile.empty');
    case 'syntax':
      if (problem.endsEarly) return message('practice:traceFile.endsEarly');
      return problem.line === undefined
        ? message('practice:traceFile.syntax', { detail: problem.detail })
        : message('practice:traceFile.syntaxAt', {
            line: problem.line,
            column: problem.column ?? 0,
            detail: problem.detail,
          });
  }
}

/**
 * Reads a trace file's text (through the one reader of untrusted JSON: size first, a byte-order
 * mark stripped, line and column in syntax errors), then checks it. Never throws.
 */
export function parseTraceText(
  text: string,
  maxBytes: number = DEFAULT_MAX_TRACE_BYTES,
): TraceParseResult {
  const read = readJsonText(text, maxBytes);
  if (!read.ok)
    return { ok: false, errors: [{ path: '$', message: jsonProblemMessage(read.problem) }] };
  return parseTrace(read.value);
}

/** The file text: one sample a line, so a saved trace reads and diffs well (and is Prettier's). */
export function serializeTrace(trace: Trace): string {
  const samples = trace.samples.map(
    ({ s, theta, t, pressure }) =>
      `    { "s": ${JSON.stringify(s)}, "theta": ${JSON.stringify(theta)}, "t": ${JSON.stringify(t)}, "pressure": ${JSON.stringify(pressure)} }`,
  );
  const measured = trace.pressureMeasured === false ? `\n  "pressureMeasured": false,` : '';
  return `{\n  "leg": ${JSON.stringify(trace.leg)},${measured}\n  "samples": [\n${samples.join(',\n')}\n  ]\n}\n`;
}
