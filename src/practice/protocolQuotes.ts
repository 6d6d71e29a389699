/**
 * The protocol's own words for a finding. Feedback quotes the method from the protocol document
 * (rules, keep-off areas, phases), so an imported protocol speaks through Proximal unchanged.
 */
import type { Phase, Protocol } from '../protocol/schema';

export interface Quote {
  /** Id of the rule, keep-off area or phase quoted, or `pacingNote`. */
  sourceId: string;
  text: string;
  why?: string;
}

/** The rule, keep-off area or phase with this id, in its own words; null if there is none. */
export function quoteById(protocol: Protocol, sourceId: string): Quote | null {
  const rule = protocol.rules.find((r) => r.id === sourceId);
  if (rule) {
    const why = rule.kind === 'order' ? undefined : rule.why;
    return why === undefined ? { sourceId, text: rule.text } : { sourceId, text: rule.text, why };
  }
  const area = protocol.keepOff.find((k) => k.id === sourceId);
  if (area) return { sourceId, text: area.text, why: area.why };
  const phase = protocol.phases.find((p) => p.id === sourceId);
  if (phase) return { sourceId, text: phase.purpose };
  return null;
}

/** The rule that says which way strokes run. */
export function directionQuote(protocol: Protocol): Quote | null {
  const rule = protocol.rules.find((r) => r.kind === 'direction');
  return rule ? { sourceId: rule.id, text: rule.text, why: rule.why } : null;
}

/** How the phase's hands work, including its pressure. */
export function handsQuote(phase: Phase): Quote {
  return { sourceId: phase.id, text: phase.hands.text };
}

/** The phase's first cue: what to attend to while stroking. */
export function cueQuote(phase: Phase): Quote | null {
  const cue = phase.cues[0];
  return cue === undefined ? null : { sourceId: phase.id, text: cue };
}

export function pacingQuote(protocol: Protocol): Quote {
  return { sourceId: 'pacingNote', text: protocol.pacingNote };
}

/**
 * Why a zone is what it is: the deciding item's reason, else its text. A zone can also come from
 * a mark the user set on the leg, which the protocol does not know.
 */
export function reasonFor(protocol: Protocol, sourceId: string): string {
  const quote = quoteById(protocol, sourceId);
  return quote ? (quote.why ?? quote.text) : `set by "${sourceId}", not by the protocol`;
}
