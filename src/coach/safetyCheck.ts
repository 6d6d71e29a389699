/**
 * The safety check before a session: the protocol's contraindications as yes/no questions, and
 * the outcome the answers lead to. A checklist, not a diagnosis: it only applies the protocol's
 * own actions to what the person says.
 *
 * - A "yes" to a contraindication whose severity is `emergency` or `stop` (a sign of a clot, a
 *   known clot, signs of a clot in the lungs) ends it: no session can start.
 * - A "yes" to `consult` means asking a health professional first: the session starts only
 *   once the person says a professional has cleared them.
 * - A "yes" to `avoid-area` lets the session start, keeping off that area.
 * - Every question must be answered; nothing is assumed.
 */
import type { Contraindication, Protocol } from '../protocol/schema';

export type Answer = 'yes' | 'no';
export type Answers = Readonly<Record<string, Answer | undefined>>;

export interface SafetyQuestion {
  id: string;
  severity: Contraindication['severity'];
  name: string;
  signs: readonly string[];
  action: string;
  why?: string;
  /** Present when the question is Proximal's addition beyond the guide. */
  source?: string;
}

/** Severities that forbid a session outright (the protocol's clot warnings). */
const BLOCKING: ReadonlySet<Contraindication['severity']> = new Set(['emergency', 'stop']);

/** Most serious first, so a person reads the clot questions before anything else. */
const ORDER: Record<Contraindication['severity'], number> = {
  emergency: 0,
  stop: 1,
  consult: 2,
  'avoid-area': 3,
};

export function safetyQuestions(protocol: Protocol): SafetyQuestion[] {
  return protocol.contraindications
    .map((c, index) => ({ c, index }))
    .sort((a, b) => ORDER[a.c.severity] - ORDER[b.c.severity] || a.index - b.index)
    .map(({ c }) => ({
      id: c.id,
      severity: c.severity,
      name: c.name,
      signs: c.signs,
      action: c.action,
      ...(c.why ? { why: c.why } : {}),
      ...(c.provenance === 'proximal' && c.source ? { source: c.source } : {}),
    }));
}

export type SafetyOutcome =
  /** Some questions are still unanswered. */
  | { kind: 'incomplete'; unanswered: string[] }
  /** A clot sign or a known clot: no session, the emergency or stop guidance instead. */
  | { kind: 'blocked'; because: SafetyQuestion[] }
  /** Ask a health professional first; starts once the person says they have been cleared. */
  | { kind: 'consult-first'; because: SafetyQuestion[]; keepOff: SafetyQuestion[] }
  /** The session may start; `keepOff` lists the areas to avoid. */
  | { kind: 'go'; keepOff: SafetyQuestion[]; cleared: SafetyQuestion[] };

export function safetyOutcome(
  questions: readonly SafetyQuestion[],
  answers: Answers,
  clearedByProfessional: boolean,
): SafetyOutcome {
  const yes = questions.filter((q) => answers[q.id] === 'yes');
  // A "yes" to a clot question decides at once, even with other questions still open.
  const blocking = yes.filter((q) => BLOCKING.has(q.severity));
  if (blocking.length > 0) return { kind: 'blocked', because: blocking };
  const unanswered = questions.filter((q) => answers[q.id] === undefined).map((q) => q.id);
  if (unanswered.length > 0) return { kind: 'incomplete', unanswered };
  const consult = yes.filter((q) => q.severity === 'consult');
  const keepOff = yes.filter((q) => q.severity === 'avoid-area');
  if (consult.length > 0 && !clearedByProfessional)
    return { kind: 'consult-first', because: consult, keepOff };
  return { kind: 'go', keepOff, cleared: consult };
}

export const canStart = (outcome: SafetyOutcome): boolean => outcome.kind === 'go';
