import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeMessage,
  MAX_MESSAGE_CHARS,
  parseClientMessage,
  parseServerMessage,
  parseTabMessage,
} from '../../src/classroom/messages';
import { classStateArb, SAMPLE_STATE } from './arbitraries';

describe('the classroom messages', () => {
  it('carry any valid snapshot through JSON unchanged', () => {
    fc.assert(
      fc.property(classStateArb, fc.nat(), (state, seq) => {
        const client = parseClientMessage(encodeMessage({ type: 'state', state }));
        expect(client).toEqual({ ok: true, message: { type: 'state', state } });
        const server = parseServerMessage(encodeMessage({ type: 'state', seq, state }));
        expect(server).toEqual({ ok: true, message: { type: 'state', seq, state } });
        const tab = parseTabMessage(encodeMessage({ type: 'state', state }));
        expect(tab.ok).toBe(true);
      }),
    );
  });

  it('never throw on arbitrary input, and refuse what is not a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (raw) => {
        const parsed = parseClientMessage(raw);
        if (parsed.ok) expect(['hello', 'state', 'following']).toContain(parsed.message.type);
      }),
    );
    expect(parseClientMessage('{')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseClientMessage(new Uint8Array([1, 2]))).toEqual({ ok: false, reason: 'malformed' });
    expect(parseClientMessage('null')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuse a message over the size cap before parsing it', () => {
    const padded = JSON.stringify({ type: 'following', following: true }).padEnd(
      MAX_MESSAGE_CHARS + 1,
      ' ',
    );
    expect(parseClientMessage(padded)).toEqual({ ok: false, reason: 'oversized' });
  });

  it('refuse a snapshot with an unknown field, a value out of range or a missing field', () => {
    const bad = [
      { ...SAMPLE_STATE, admin: true },
      { ...SAMPLE_STATE, t: -1 },
      { ...SAMPLE_STATE, t: Number.MAX_VALUE },
      { ...SAMPLE_STATE, speed: 100 },
      { ...SAMPLE_STATE, camera: 'under' },
      { ...SAMPLE_STATE, layers: { ...SAMPLE_STATE.layers, xray: true } },
      { ...SAMPLE_STATE, cameraRequest: 1.5 },
      { ...SAMPLE_STATE, leg: '<img src=x>' },
      Object.fromEntries(Object.entries(SAMPLE_STATE).filter(([key]) => key !== 'playing')),
    ];
    for (const state of bad) {
      expect(parseClientMessage(JSON.stringify({ type: 'state', state })).ok).toBe(false);
    }
    // JSON has no NaN or Infinity: they arrive as null, which no field accepts.
    expect(
      parseClientMessage(JSON.stringify({ type: 'state', state: { ...SAMPLE_STATE, t: NaN } })).ok,
    ).toBe(false);
  });

  it('refuse hellos with a badly formed code or secret', () => {
    const hellos = [
      { type: 'hello', role: 'student', code: 'abc' },
      { type: 'hello', role: 'student', code: 'AAAAA0' },
      { type: 'hello', role: 'student' },
      { type: 'hello', role: 'teacher', code: 'AAAAAA' },
      { type: 'hello', role: 'instructor', code: 'AAAAAA', secret: 'short' },
      { type: 'hello', role: 'student', code: 'AAAAAA', secret: 'x'.repeat(32) },
    ];
    for (const hello of hellos) expect(parseClientMessage(JSON.stringify(hello)).ok).toBe(false);
    expect(
      parseClientMessage(JSON.stringify({ type: 'hello', role: 'student', code: 'ACDEFG' })),
    ).toMatchObject({ ok: true });
  });
});
