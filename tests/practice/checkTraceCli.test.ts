/**
 * `npm run check-trace -- <file>` end to end: the real script under tsx, the default protocol
 * and the default leg model.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TraceAnalysis } from '../../src/practice/analyzeTrace';
import { DEFAULT_MAX_TRACE_BYTES } from '../../src/practice/traceFile';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(root, 'tests/practice/fixtures', `${name}.json`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function checkTrace(...args: string[]): Promise<Run> {
  const tsx = join(root, 'node_modules/.bin/tsx');
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/check-trace.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** What the valves did, as check-trace prints it beside the analysis. */
interface Valves {
  outcome: string;
  movedTowardHeartMl: number;
  valvesOpened: number;
  valvesShut: number;
}

async function analysisOf(name: string): Promise<TraceAnalysis & { valves: Valves }> {
  const run = await checkTrace(fixture(name));
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as TraceAnalysis & { valves: Valves };
}

const scratch = mkdtempSync(join(tmpdir(), 'check-trace-'));
function scratchFile(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

describe('npm run check-trace', { timeout: 60_000 }, () => {
  it('judges the medial effleurage toward the heart, on the inner-leg lane', async () => {
    const analysis = await analysisOf('proximal-medial-effleurage');
    expect(analysis.verdict).toBe('proximal');
    expect(analysis.bestMatch).toMatchObject({ kind: 'lane', strokeId: 'warm-up-inner' });
    expect(analysis.pressureExcesses).toEqual([]);
    // The valves let blood through toward the heart (Practice's replay, in the JSON).
    expect(analysis.valves.outcome).toBe('moved');
    expect(analysis.valves.movedTowardHeartMl).toBeGreaterThan(2);
    expect(analysis.valves.valvesOpened).toBeGreaterThanOrEqual(3);
  });

  it('judges the same stroke drawn downward away from the heart', async () => {
    const analysis = await analysisOf('distal-medial-effleurage');
    expect(analysis.verdict).toBe('distal');
    expect(analysis.messages.tips.map((t) => t.topic)).toContain('direction');
    expect(analysis.valves.outcome).toBe('blocked');
    expect(analysis.valves.valvesShut).toBeGreaterThan(0);
  });

  it('flags firm pressure along the shin', async () => {
    const analysis = await analysisOf('firm-shin');
    expect(analysis.leg).toBe('left');
    expect(analysis.pressureExcesses.length).toBeGreaterThan(0);
    expect(analysis.pressureExcesses[0]).toMatchObject({ pressure: 'firm', zoneLevel: 'light' });
  });

  it('accepts firm kneading up the calf', async () => {
    const analysis = await analysisOf('calf-knead');
    expect(analysis.verdict).toBe('proximal');
    expect(analysis.bestMatch).toMatchObject({ kind: 'lane', strokeId: 'calf-knead' });
    expect(analysis.pressureExcesses).toEqual([]);
  });

  it.each([
    ['broken JSON', '{"leg": "right", "samples": [', /\$: is not valid JSON/],
    ['a wrong shape', '{"leg": "right", "samples": [{"s": 3}]}', /\$\.samples\[0\]\.s: must be/],
    ['an empty file', '', /\$: is not valid JSON/],
  ])('refuses %s with a message on stderr and a non-zero exit', async (_, text, message) => {
    const run = await checkTrace(scratchFile('bad.json', text));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('refuses an oversize file without reading it', async () => {
    const run = await checkTrace(scratchFile('huge.json', ' '.repeat(DEFAULT_MAX_TRACE_BYTES + 1)));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/larger than the limit/);
  });

  it('says so when the file does not exist', async () => {
    const run = await checkTrace(join(scratch, 'missing.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/does not exist/);
  });

  it('reads a trace saved as UTF-16, little- or big-endian, with a byte-order mark', async () => {
    const text = readFileSync(fixture('proximal-medial-effleurage'), 'utf8');
    const expected = await analysisOf('proximal-medial-effleurage');
    for (const order of ['le', 'be'] as const) {
      const bytes = Buffer.alloc(2 + text.length * 2);
      bytes.writeUInt16LE(0xfeff, 0);
      for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), 2 + 2 * i);
      if (order === 'be') bytes.swap16();
      const path = join(scratch, `utf16${order}.json`);
      writeFileSync(path, bytes);
      const run = await checkTrace(path);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(expected);
    }
  });

  it('prints every number of a trace with huge times as a number, never null', async () => {
    const trace = JSON.parse(readFileSync(fixture('proximal-medial-effleurage'), 'utf8')) as {
      samples: { t: number }[];
    };
    const step = 1.7e308 / trace.samples.length;
    trace.samples.forEach((sample, i) => (sample.t = i * step));
    const run = await checkTrace(scratchFile('huge-t.json', JSON.stringify(trace)));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('null');
    const analysis = JSON.parse(run.stdout) as TraceAnalysis;
    expect(analysis.extent.contactMs).toBeGreaterThan(1e308);
  });

  it('shows its usage when no file is given', async () => {
    const run = await checkTrace();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run check-trace -- <trace.json>/);
  });
});
