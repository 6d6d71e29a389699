/**
 * What to do about a symptom noticed after a session: the protocol's own action for the
 * contraindication the symptom belongs to, most serious first.
 */
import type { Contraindication, Protocol } from '../protocol/schema';
import type { Symptom } from './logEntry';

/** The contraindication of the protocol each reportable symptom belongs to. */
export const SYMPTOM_CONTRAINDICATION: Record<Symptom, string> = {
  'breathless-chest-pain': 'lung-clot-emergency',
  'one-leg-swelling-redness-heat': 'suspected-dvt',
  'pain-numbness-tingling': 'pain-numbness-tingling',
  bruising: 'doctor-first-conditions',
  'skin-change': 'skin-wounds-rashes-infections',
};

const RANK: Record<Contraindication['severity'], number> = {
  emergency: 0,
  stop: 1,
  consult: 2,
  'avoid-area': 3,
};

export interface SymptomAdvice {
  symptom: Symptom;
  severity: Contraindication['severity'];
  name: string;
  action: string;
}

export function symptomAdvice(protocol: Protocol, symptoms: readonly Symptom[]): SymptomAdvice[] {
  return symptoms
    .flatMap((symptom) => {
      const c = protocol.contraindications.find((x) => x.id === SYMPTOM_CONTRAINDICATION[symptom]);
      return c ? [{ symptom, severity: c.severity, name: c.name, action: c.action }] : [];
    })
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
