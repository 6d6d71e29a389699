/** How the session's graded strokes went: passes, per drill, and what to work on most. */
import { say } from '../../i18n/say';
import type { Drill } from '../../practice/drills';
import { summarizeSession } from '../../practice/sessionSummary';
import { usePracticeStore } from '../../state/practiceStore';
import { DRILL_CHECK_LABELS, practiceStrings } from '../strings';

const t = practiceStrings.session;

export function SessionSummary({ drills }: { drills: readonly Drill[] }) {
  const results = usePracticeStore((s) => s.results);
  const clear = usePracticeStore((s) => s.clearResults);
  const summary = summarizeSession(results);
  const title = (id: string) => {
    const drill = drills.find((d) => d.id === id);
    return drill ? say(drill.title) : id;
  };
  return (
    <div className="practice-session" data-testid="session-summary">
      <h3>{t.title}</h3>
      {summary.attempts === 0 ? (
        <p className="practice-note">{t.none}</p>
      ) : (
        <>
          <p>{t.passed(summary.passes, summary.attempts, summary.passShare)}</p>
          <ul className="practice-session-drills">
            {summary.drills.map((d) => (
              <li key={d.drillId}>
                {title(d.drillId)}: {t.drill(d.passes, d.attempts)}
              </li>
            ))}
          </ul>
          {summary.toWorkOn.length > 0 && (
            <>
              <h4>{t.toWorkOn}</h4>
              <ul>
                {summary.toWorkOn.map(({ check, count }) => (
                  <li key={check}>
                    {DRILL_CHECK_LABELS[check]} ({t.times(count)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="practice-button" onClick={clear}>
            {t.clear}
          </button>
        </>
      )}
    </div>
  );
}
