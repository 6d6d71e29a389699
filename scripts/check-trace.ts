/**
 * Checks a traced stroke from the command line, the way practice mode does in the app:
 *
 *   npm run check-trace -- <trace.json>
 *
 * Prints the analysis as JSON on stdout, judged with the default protocol on the default leg
 * (models/leg.glb), with `valves`: the stroke replayed through the flow model as Practice does
 * (outcome moved|blocked|nothing, the volume moved toward the heart in mL, valves opened, valves
 * shut). A file that cannot be read or is not a trace gets its problems on stderr
 * and exit code 1; wrong usage exits with 2.
 */
import { readFile, stat } from 'node:fs/promises';
import { analyzeTrace } from '../src/practice/analyzeTrace';
import { decodeTextBytes } from '../src/files/decodeTextBytes';
import { message } from '../src/i18n/message';
import { say } from '../src/i18n/say';
import {
  DEFAULT_MAX_TRACE_BYTES,
  parseTraceText,
  type Trace,
  type TraceError,
} from '../src/practice/traceFile';

/** A problem with the file as the command line says it: the checker's (in English) or its own. */
type FileProblem = TraceError | { path: '$'; text: string };
type FileRead = { ok: true; trace: Trace } | { ok: false; errors: FileProblem[] };

const problemLine = (problem: FileProblem) =>
  `${problem.path}: ${'text' in problem ? problem.text : say(problem.message)}`;

const USAGE = 'usage: npm run check-trace -- <trace.json>';

/** The trace in a file, or why there is none. Size is checked before anything is read. */
async function readTraceFile(path: string): Promise<FileRead> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fileError('is not a file');
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fileError(code === 'ENOENT' ? 'does not exist' : `cannot be read (${String(error)})`);
  }
  if (size > DEFAULT_MAX_TRACE_BYTES) {
    const tooLarge = message('practice:files.tooLarge', { bytes: DEFAULT_MAX_TRACE_BYTES });
    return { ok: false, errors: [{ path: '$', message: tooLarge }] };
  }
  return parseTraceText(decodeTextBytes(await readFile(path)), DEFAULT_MAX_TRACE_BYTES);
}

function fileError(text: string): FileRead {
  return { ok: false, errors: [{ path: '$', text }] };
}

/**
 * Shares, s and ratios read better to four decimals; the analysis itself is not rounded. Numbers
 * too large to scale (times near 1.7e308 ms) are printed as they are: scaled, they overflowed to
 * Infinity, which JSON writes as null.
 */
function fourDecimals(key: string, value: unknown): unknown {
  // A message without a quote of the guide leaves the field out, so null never means "no number".
  if (key === 'quote' && value === null) return undefined;
  if (typeof value !== 'number') return value;
  const scaled = value * 1e4;
  return Number.isFinite(scaled) ? Math.round(scaled) / 1e4 : value;
}

async function main(args: readonly string[]): Promise<number> {
  const files = args.filter((arg) => arg !== '--');
  const path = files[0];
  if (files.length !== 1 || path === undefined || path.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const parsed = await readTraceFile(path);
  if (!parsed.ok) {
    process.stderr.write(`check-trace: ${path} is not a usable trace file:\n`);
    for (const error of parsed.errors) process.stderr.write(`  ${problemLine(error)}\n`);
    return 1;
  }
  // The model and three.js load only once there is a trace to judge.
  const { defaultTraceContext } = await import('../src/practice/defaultTraceContext');
  const { readLegFile } = await import('../src/practice/readLegFile');
  const { networkFromLegModel } = await import('../src/physiology');
  const { replayTrace } = await import('../src/practice/replayTrace');
  const analysis = analyzeTrace(parsed.trace, await defaultTraceContext());
  // What the valves would do: the same replay as Practice's "What the valves would do".
  const replay = replayTrace(networkFromLegModel(await readLegFile()), parsed.trace);
  const valves = {
    outcome: replay.outcome,
    movedTowardHeartMl: replay.passedMl,
    valvesOpened: replay.valvesPassed,
    valvesShut: replay.valvesShut,
    seconds: replay.seconds,
  };
  process.stdout.write(`${JSON.stringify({ ...analysis, valves }, fourDecimals, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `check-trace: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
