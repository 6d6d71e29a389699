/**
 * What Proximal made of the stroke: the verdict in big words, how much of it ran toward the
 * heart, the analysis's headline and tips (quoting the guide), the closest stroke of the guide,
 * the tempo and what the valves would do. The verdict is announced to screen readers.
 */
import type { TraceAnalysis } from '../../practice/analyzeTrace';
import type { Protocol } from '../../protocol/schema';
import { usePracticeStore } from '../../state/practiceStore';
import { VERDICT_LABELS, practiceStrings } from '../strings';
import { closestStroke, headlineBeyondVerdict, tempoText } from './describeAnalysis';
import { clearTrace } from './practiceSession';
import { TraceTips } from './TraceTips';
import { ValveReplay } from './ValveReplay';

const t = practiceStrings.feedback;

export function FeedbackPanel({ protocol }: { protocol: Protocol }) {
  const current = usePracticeStore((s) => s.current);
  const analysis = current?.analysis ?? null;
  const verdict = analysis ? VERDICT_LABELS[analysis.verdict] : '';
  return (
    <section
      className="practice-section practice-feedback"
      aria-labelledby="practice-feedback-title"
      data-testid="feedback-panel"
    >
      <h2 id="practice-feedback-title">{t.title}</h2>
      <p className="visually-hidden" role="status" data-testid="verdict-announcer">
        {analysis ? t.announce(verdict, headlineBeyondVerdict(analysis)) : ''}
      </p>
      {!analysis ? (
        <p className="practice-note">{t.empty}</p>
      ) : (
        <>
          <p
            className={`practice-verdict practice-verdict--${analysis.verdict}`}
            data-testid="verdict"
            data-verdict={analysis.verdict}
          >
            {verdict}
          </p>
          <Headline analysis={analysis} />
          {analysis.verdict !== 'too-short' && <p>{t.proximalShare(analysis.proximalShare)}</p>}
          {analysis.pieces.length > 1 && (
            <p className="practice-note">{t.pieces(analysis.pieces.length)}</p>
          )}
          <Facts analysis={analysis} protocol={protocol} />
          <ValveReplay />
          <TraceTips tips={analysis.messages.tips} />
          <button
            type="button"
            className="practice-button"
            data-testid="trace-clear"
            onClick={clearTrace}
          >
            {t.clear}
          </button>
        </>
      )}
    </section>
  );
}

function Facts({ analysis, protocol }: { analysis: TraceAnalysis; protocol: Protocol }) {
  const closest = closestStroke(analysis, protocol);
  const tempo = tempoText(analysis);
  if (!closest && !tempo) return null;
  return (
    <dl className="practice-facts">
      {closest && (
        <div>
          <dt>{t.closest}</dt>
          <dd>{closest}</dd>
        </div>
      )}
      {tempo && (
        <div>
          <dt>{t.tempo}</dt>
          <dd>{tempo}</dd>
        </div>
      )}
    </dl>
  );
}

function Headline({ analysis }: { analysis: TraceAnalysis }) {
  const headline = headlineBeyondVerdict(analysis);
  return headline ? <p className="practice-headline">{headline}</p> : null;
}
