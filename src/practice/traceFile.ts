/**
 * The trace file: a stroke a learner drew on the leg, as chart samples over time. The app
 * exports it and `npm run check-trace` reads it, so the format is checked as untrusted input:
 * size first, then JSON, then shape, with every problem reported as a JSON path and a message.
 */
import { readJsonText, type JsonProblem } from '../files/readJsonText';
import { z } from '../files/zod';
import { LEG_SIDES, PRESSURE_LEVELS } from '../anatomy/names';

/** Ten minutes at 30 Hz: longer than any stroke, short enough to analyse at once. */
export const MAX_TRACE_SAMPLES = 20_000;
/** A full-size trace serialises to about 1.3 MB; refuse anything well beyond that unread. */
export const DEFAULT_MAX_TRACE_BYTES = 2_000_000;
/** A broken file can hold thousands of bad samples; the first few say enough. */
const MAX_REPORTED_ERRORS = 20;

/** `must be …` for a wrong value, `is missing` when the key is absent. */
function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is missing (expected ${what})` : `must be ${what}`;
}

const unitInterval = 'a number between 0 and 1';
const degrees = 'a number of degrees between -180 and 180';
const milliseconds = 'a number of milliseconds, 0 or more';
const pressureWords = `one of ${PRESSURE_LEVELS.map((p) => `"${p}"`).join(', ')}`;

export const traceSampleSchema = z.object(
  {
    /** Along the leg: 0 at the toe tip, 1 at the groin. */
    s: z
      .number({ error: expected(unitInterval) })
      .min(0, `must be ${unitInterval}`)
      .max(1, `must be ${unitInterval}`),
    /** Around the leg in degrees: 0 anterior, +90 medial on either leg, ±180 posterior. */
    theta: z
      .number({ error: expected(degrees) })
      .min(-180, `must be ${degrees}`)
      .max(180, `must be ${degrees}`),
    /** Milliseconds since the trace began. */
    t: z.number({ error: expected(milliseconds) }).min(0, `must be ${milliseconds}`),
    pressure: z.enum(PRESSURE_LEVELS, { error: expected(pressureWords) }),
  },
  { error: expected('an object with s, theta, t and pressure') },
);

export const traceSchema = z.object(
  {
    leg: z.enum(LEG_SIDES, { error: expected('"right" or "left"') }),
    /** False when nothing measured the pressure (a camera): every sample then says "light". */
    pressureMeasured: z.literal(false, { error: expected('false, or no key') }).optional(),
    samples: z
      .array(traceSampleSchema, { error: expected('a list of samples') })
      .min(1, 'must hold at least one sample')
      .max(MAX_TRACE_SAMPLES, `must hold at most ${MAX_TRACE_SAMPLES} samples`)
      .superRefine((samples, ctx) => {
        // Time only runs forward; equal stamps are fine (two events in one frame).
        for (let i = 1; i < samples.length; i++) {
          const before = samples[i - 1];
          const sample = samples[i];
          if (before && sample && sample.t < before.t) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 't'],
              message: `must not be earlier than the sample before (${before.t} ms)`,
            });
          }
        }
      }),
  },
  { error: expected('an object with "leg" and "samples"') },
);

export type Trace = z.infer<typeof traceSchema>;
export type TraceSample = z.infer<typeof traceSampleSchema>;

export interface TraceError {
  /** JSON path of the offending value, e.g. `$.samples[3].s`. */
  path: string;
  message: string;
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

export function formatTraceError(error: TraceError): string {
  return `${error.path}: ${error.message}`;
}

/** Checks an already parsed value against the trace format. Never throws. */
export function parseTrace(input: unknown): TraceParseResult {
  const result = traceSchema.safeParse(input);
  if (result.success) return { ok: true, trace: result.data };
  const errors = result.error.issues
    .slice(0, MAX_REPORTED_ERRORS)
    .map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
  return { ok: false, errors };
}

/** What was wrong with a trace file's JSON, said of the file (`$`). */
function jsonProblemMessage(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'not-text':
      return 'must be the text of a trace file';
    case 'too-large':
      return `is larger than the limit of ${problem.maxBytes} bytes`;
    case 'empty':
      return 'is not valid JSON (the file is empty)';
    case 'syntax':
      if (problem.endsEarly) return 'is not valid JSON (it ends too early)';
      return problem.line === undefined
        ? `is not valid JSON (${problem.detail})`
        : `is not valid JSON (line ${problem.line}, column ${problem.column}: ${problem.detail})`;
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
