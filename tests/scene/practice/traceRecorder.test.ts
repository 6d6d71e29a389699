/** Pointer positions become trace samples; leaving the leg cuts the trace, never corrupts it. */
import { describe, expect, it } from 'vitest';
import { analyzeTrace } from '../../../src/practice/analyzeTrace';
import { MAX_TRACE_SAMPLES, parseTraceText, serializeTrace } from '../../../src/practice/traceFile';
import { splitIntoPieces } from '../../../src/practice/tracePieces';
import {
  CUT_GAP_MS,
  MAX_STEP_M,
  finishRecording,
  recordPoint,
  startRecording,
  type SkinHit,
} from '../../../src/scene/practice/traceRecorder';
import { practiceContext } from '../../practice/support/context';

/** A skin point on the inner side, `s` up the leg, placed 0.9 m per unit of s (roughly). */
const at = (s: number, theta = 90): SkinHit => ({ s, theta, position: [0.05, s * 0.9, 0] });

/** Records a 60 Hz drag through `hits` (null: the pointer is off the leg), from t = 1000 ms. */
function drag(hits: (SkinHit | null)[], intervalMs = 16) {
  const [first, ...rest] = hits;
  if (!first) throw new Error('a drag starts on the skin');
  const recorder = startRecording('right', 1000, first, 'light');
  const outcomes = rest.map((hit, i) =>
    recordPoint(recorder, 1000 + (i + 1) * intervalMs, hit, 'light'),
  );
  return { recorder, outcomes, trace: finishRecording(recorder) };
}

const upTheLeg = (from: number, to: number, count: number) =>
  Array.from({ length: count }, (_, i) => at(from + ((to - from) * i) / (count - 1)));

describe('recording a drag on the skin', () => {
  it('stamps samples in ms since the press, with the chosen pressure', () => {
    const { trace } = drag(upTheLeg(0.3, 0.4, 5));
    expect(trace?.leg).toBe('right');
    expect(trace?.samples.map((s) => s.t)).toEqual([0, 16, 32, 48, 64]);
    expect(trace?.samples.every((s) => s.pressure === 'light')).toBe(true);
    expect(trace?.samples[4]?.s).toBeCloseTo(0.4, 5);
  });

  it('writes samples the trace file accepts, and they read back the same', () => {
    const { trace } = drag([at(0.3, 179.999), at(0.31, -179.996), at(1.00002, 90)]);
    if (!trace) throw new Error('no trace');
    expect(trace.samples.map((s) => s.theta)).toEqual([180, 180, 90]);
    expect(trace.samples[2]?.s).toBe(1);
    const parsed = parseTraceText(serializeTrace(trace));
    expect(parsed).toEqual({ ok: true, trace });
  });

  it('a tap (one sample) draws nothing', () => {
    expect(drag([at(0.3)]).trace).toBeNull();
  });

  it('holds time that runs backwards at the last sample', () => {
    const recorder = startRecording('left', 500, at(0.3), 'firm');
    recordPoint(recorder, 520, at(0.31), 'firm');
    recordPoint(recorder, 510, at(0.32), 'firm');
    expect(finishRecording(recorder)?.samples.map((s) => s.t)).toEqual([0, 20, 20]);
  });

  it('skips an event that repeats the last sample exactly', () => {
    const recorder = startRecording('right', 0, at(0.3), 'light');
    expect(recordPoint(recorder, 0, at(0.3), 'light')).toBe('skipped');
    expect(recorder.samples).toHaveLength(1);
  });

  it('stops at the trace file’s sample limit', () => {
    const recorder = startRecording('right', 0, at(0.1), 'light');
    for (let i = 1; i < MAX_TRACE_SAMPLES; i++)
      recordPoint(recorder, i, at(0.1 + i * 1e-5), 'light');
    expect(recorder.samples).toHaveLength(MAX_TRACE_SAMPLES);
    expect(recordPoint(recorder, MAX_TRACE_SAMPLES, at(0.4), 'light')).toBe('full');
    expect(recorder.samples).toHaveLength(MAX_TRACE_SAMPLES);
  });
});

describe('a pointer that leaves the leg', () => {
  const out = [...upTheLeg(0.3, 0.36, 7), null, null, ...upTheLeg(0.4, 0.46, 7)];

  it('records nothing off the skin and opens a pause of CUT_GAP_MS at the return', () => {
    const { trace, outcomes } = drag(out);
    expect(outcomes.filter((o) => o === 'off')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'resumed')).toHaveLength(1);
    const t = trace?.samples.map((s) => s.t) ?? [];
    expect(t).toHaveLength(14);
    expect((t[7] ?? 0) - (t[6] ?? 0)).toBeGreaterThanOrEqual(CUT_GAP_MS);
    // Time within each piece is untouched.
    expect((t[8] ?? 0) - (t[7] ?? 0)).toBe(16);
  });

  it('so the analysis splits the trace there', () => {
    const { trace } = drag(out);
    const pieces = splitIntoPieces(trace?.samples.map((s) => s.t) ?? []);
    expect(pieces).toEqual([
      { fromIndex: 0, toIndex: 6 },
      { fromIndex: 7, toIndex: 13 },
    ]);
  });

  it('even when it comes back at once (one event off the leg)', () => {
    const { trace } = drag([...upTheLeg(0.3, 0.36, 7), null, ...upTheLeg(0.37, 0.43, 7)], 4);
    expect(splitIntoPieces(trace?.samples.map((s) => s.t) ?? [])).toHaveLength(2);
  });

  it('and a jump across the skin between two events cuts it the same way', () => {
    const jump = { s: 0.5, theta: 90, position: [0.05, 0.36 * 0.9 + MAX_STEP_M * 2, 0] as const };
    const { trace, outcomes } = drag([...upTheLeg(0.3, 0.36, 7), jump, at(0.51)]);
    expect(outcomes).toContain('resumed');
    expect(splitIntoPieces(trace?.samples.map((s) => s.t) ?? [])).toHaveLength(2);
  });

  it('a stroke up the leg, cut in the middle, is still judged toward the heart', async () => {
    const context = await practiceContext();
    const { trace } = drag(
      [...upTheLeg(0.25, 0.35, 30), null, ...upTheLeg(0.33, 0.45, 30)].map((hit) => hit),
      40,
    );
    if (!trace) throw new Error('no trace');
    const analysis = analyzeTrace(trace, context);
    expect(analysis.pieces).toHaveLength(2);
    // Going back from 0.35 to 0.33 happens off the skin: it is not a distal movement.
    expect(analysis.verdict).toBe('proximal');
    expect(analysis.distalSegments).toEqual([]);
  });
});
