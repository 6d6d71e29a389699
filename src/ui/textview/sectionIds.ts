/** Anchor ids of the text view's sections, shared by the sections and the contents list. */
export const SECTION_IDS = {
  safety: 'read-safety',
  overview: 'read-overview',
  setup: 'read-setup',
  phases: 'read-phases',
  rules: 'read-rules',
  timing: 'read-timing',
  about: 'read-about',
} as const;

export function phaseAnchor(phaseId: string): string {
  return `read-phase-${phaseId}`;
}
