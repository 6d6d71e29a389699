/** Trace files in the browser: names, the size cap before reading, errors as path and message. */
import { describe, expect, it } from 'vitest';
import { serializeTrace, type Trace } from '../../../src/practice/traceFile';
import { say } from '../../support/t';
import { readTraceFile, traceFileName } from '../../../src/ui/practice/traceFileIo';

const trace: Trace = {
  leg: 'left',
  samples: [
    { s: 0.3, theta: 90, t: 0, pressure: 'light' },
    { s: 0.35, theta: 91, t: 100, pressure: 'light' },
  ],
};

/** A stand-in for `File` that counts reads. */
function file(text: string, size = new TextEncoder().encode(text).length) {
  const source = {
    size,
    reads: 0,
    text: async () => {
      source.reads += 1;
      return text;
    },
  };
  return source;
}

describe('trace file names', () => {
  it('are proximal-trace-<date>-<time>.json in local time', () => {
    expect(traceFileName(new Date(2025, 2, 4, 9, 5, 7))).toBe(
      'proximal-trace-2025-03-04-090507.json',
    );
  });
});

describe('reading a trace file', () => {
  it('reads a saved trace back as it was', async () => {
    await expect(readTraceFile(file(serializeTrace(trace)))).resolves.toEqual({ ok: true, trace });
  });

  it('reads a trace saved as UTF-16 LE with a byte-order mark', async () => {
    const text = serializeTrace(trace);
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), true);
    const source = new File([bytes], 'unicode.json');
    await expect(readTraceFile(source)).resolves.toEqual({ ok: true, trace });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const big = file('{}', 5_000_000);
    const result = await readTraceFile(big);
    expect(big.reads).toBe(0);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.path}: ${say(e.message)}`)).toEqual([
      '$: is larger than the limit of 2,000,000 bytes',
    ]);
  });

  it('reports what is wrong, path by path', async () => {
    const bad = JSON.stringify({
      leg: 'right',
      samples: [{ s: 2, theta: 0, t: 0, pressure: 'x' }],
    });
    const result = await readTraceFile(file(bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['$.samples[0].s', '$.samples[0].pressure']);
  });

  it('says so when the text is not JSON', async () => {
    const result = await readTraceFile(file('<img src=x onerror=alert(1)>'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(say(result.errors[0]!.message)).toMatch(/^is not valid JSON/);
  });

  it('says so when the disk fails', async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error('gone')) };
    const result = await readTraceFile(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => say(e.message))).toEqual(['could not be read from the disk']);
  });
});
