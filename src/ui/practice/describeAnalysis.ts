/**
 * The feedback panel's facts in words: which stroke of the guide the trace matched best (or the
 * region it lies on), and its tempo. Pure; the headline and tips come from the analysis itself.
 */
import { say } from '../../i18n/say';
import type { TraceAnalysis } from '../../practice/analyzeTrace';
import type { Protocol } from '../../protocol/schema';
import { REGION_LABELS, TEMPO_LABELS, practiceStrings } from '../strings';

const t = practiceStrings.feedback;

/** "Phase: stroke description (match 72 %)", or where the trace lies when no stroke fits. */
export function closestStroke(analysis: TraceAnalysis, protocol: Protocol): string | null {
  const match = analysis.bestMatch;
  if (match === null) return null;
  if (match.kind === 'region') return t.region(REGION_LABELS[match.region]);
  const phase = protocol.phases.find((p) => p.id === match.phaseId);
  const stroke = phase?.strokes.find((s) => s.id === match.strokeId);
  if (!phase || !stroke) return null;
  return t.lane(phase.name, stroke.description, match.score);
}

export function tempoText(analysis: TraceAnalysis): string | null {
  const speed = analysis.speed;
  return speed ? t.tempoValue(TEMPO_LABELS[speed.judgement], speed.ratio) : null;
}

/** The analysis's headline, unless it only repeats the verdict ("Toward the heart."). */
export function headlineBeyondVerdict(analysis: TraceAnalysis): string | null {
  const { headline } = analysis.messages;
  return headline.key === 'practice:trace.headline.proximal' ? null : say(headline);
}
