/**
 * Drills: one stroke of the guide to practise at a time. The learner picks one (or takes the
 * next), reads the guide's words for it, sees its stretch on the leg, and every stroke drawn
 * is graded against it.
 */
import { say } from '../../i18n/say';
import { useId } from 'react';
import type { Drill } from '../../practice/drills';
import { usePracticeStore } from '../../state/practiceStore';
import { practiceStrings } from '../strings';
import { nextDrillId } from './drillChoice';
import { DrillGradeView } from './DrillGradeView';
import { SessionSummary } from './SessionSummary';

const t = practiceStrings.drills;

export function DrillPanel({ drills }: { drills: readonly Drill[] | null }) {
  const drillId = usePracticeStore((s) => s.drillId);
  const grade = usePracticeStore((s) => s.current?.grade ?? null);
  const choose = usePracticeStore((s) => s.chooseDrill);
  const selectId = useId();
  const drill = drills?.find((d) => d.id === drillId) ?? null;
  return (
    <section
      className="practice-section"
      aria-labelledby={`${selectId}-title`}
      data-testid="drill-panel"
    >
      <h2 id={`${selectId}-title`}>{t.title}</h2>
      {drills === null ? (
        <p className="practice-note">{t.loading}</p>
      ) : (
        <>
          <p className="practice-note">{t.intro}</p>
          <div className="practice-row">
            <label htmlFor={selectId} className="practice-row-label">
              {t.choose}
            </label>
            <select
              id={selectId}
              className="practice-select"
              value={drillId ?? ''}
              data-testid="drill-select"
              onChange={(event) => choose(event.currentTarget.value || null)}
            >
              <option value="">{t.none}</option>
              {drills.map((d) => (
                <option key={d.id} value={d.id}>
                  {say(d.title)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="practice-button"
            data-testid="drill-next"
            onClick={() => choose(nextDrillId(drills, drillId))}
          >
            {t.next}
          </button>
          {drill && (
            <div className="practice-drill" data-testid="drill-prompt">
              <p className="practice-drill-title">{say(drill.title)}</p>
              <p>{drill.prompt}</p>
              <p className="practice-note">
                {t.pressure(drill.lane.pressure)} {t.target}
              </p>
            </div>
          )}
          {drill && grade && <DrillGradeView grade={grade} />}
        </>
      )}
      <SessionSummary drills={drills ?? []} />
    </section>
  );
}
