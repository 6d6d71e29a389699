import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canStart,
  safetyOutcome,
  safetyQuestions,
  type Answers,
} from '../../src/coach/safetyCheck';
import { defaultProtocol as DEFAULT_PROTOCOL } from '../../src/protocol/defaultProtocol';

const questions = safetyQuestions(DEFAULT_PROTOCOL);
const allNo: Answers = Object.fromEntries(questions.map((q) => [q.id, 'no']));
const clotIds = questions
  .filter((q) => q.severity === 'emergency' || q.severity === 'stop')
  .map((q) => q.id);

describe('safety questions', () => {
  it('asks one question for every contraindication of the protocol, clot signs first', () => {
    expect(questions.map((q) => q.id).sort()).toEqual(
      DEFAULT_PROTOCOL.contraindications.map((c) => c.id).sort(),
    );
    expect(clotIds).toContain('suspected-dvt');
    expect(questions.slice(0, clotIds.length).map((q) => q.id)).toEqual(clotIds);
  });

  it('carries the source of what goes beyond the guide', () => {
    const lung = questions.find((q) => q.id === 'lung-clot-emergency');
    expect(lung?.source).toMatch(/Beyond the guide/);
    expect(questions.find((q) => q.id === 'suspected-dvt')?.source).toBeUndefined();
  });
});

describe('safety outcome', () => {
  it('lets a session start when every answer is no', () => {
    expect(safetyOutcome(questions, allNo, false)).toEqual({
      kind: 'go',
      keepOff: [],
      cleared: [],
    });
  });

  it('blocks on a sign of a clot, whatever else is answered and even when "cleared"', () => {
    const answers = fc.record(
      Object.fromEntries(questions.map((q) => [q.id, fc.constantFrom('yes', 'no', undefined)])),
    );
    fc.assert(
      fc.property(answers, fc.constantFrom(...clotIds), fc.boolean(), (a, clot, cleared) => {
        const outcome = safetyOutcome(questions, { ...a, [clot]: 'yes' } as Answers, cleared);
        expect(outcome.kind).toBe('blocked');
        expect(canStart(outcome)).toBe(false);
      }),
    );
  });

  it('starts only when every question is answered and no clot sign is present', () => {
    const answers = fc.record(
      Object.fromEntries(questions.map((q) => [q.id, fc.constantFrom('yes', 'no', undefined)])),
    );
    fc.assert(
      fc.property(answers, fc.boolean(), (a, cleared) => {
        const outcome = safetyOutcome(questions, a as Answers, cleared);
        const allAnswered = questions.every((q) => a[q.id] !== undefined);
        const clot = clotIds.some((id) => a[id] === 'yes');
        const consult = questions.some((q) => q.severity === 'consult' && a[q.id] === 'yes');
        expect(canStart(outcome)).toBe(allAnswered && !clot && (!consult || cleared));
      }),
    );
  });

  it('asks for a professional first on a consult answer, and keeps off an area on avoid-area', () => {
    const consult = questions.find((q) => q.severity === 'consult');
    const avoid = questions.find((q) => q.severity === 'avoid-area');
    if (!consult || !avoid) throw new Error('the default protocol has both kinds');
    const answers = { ...allNo, [consult.id]: 'yes', [avoid.id]: 'yes' } as Answers;
    const first = safetyOutcome(questions, answers, false);
    expect(first.kind).toBe('consult-first');
    const after = safetyOutcome(questions, answers, true);
    expect(after).toMatchObject({ kind: 'go', keepOff: [avoid], cleared: [consult] });
  });

  it('lists what is still unanswered', () => {
    const rest = Object.fromEntries(
      Object.entries(allNo).filter(([id]) => id !== questions[3]?.id),
    );
    expect(safetyOutcome(questions, rest, false)).toEqual({
      kind: 'incomplete',
      unanswered: [questions[3]?.id],
    });
  });
});
