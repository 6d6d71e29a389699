/** The grade of the last stroke against the drill: pass or try again, and what to work on. */
import { say } from '../../i18n/say';
import type { DrillGrade } from '../../practice/drills';
import { practiceStrings } from '../strings';

const t = practiceStrings.drills;

export function DrillGradeView({ grade }: { grade: DrillGrade }) {
  const pass = grade.grade === 'pass';
  return (
    <div className="practice-grade" data-testid="drill-grade" data-grade={grade.grade}>
      <h3>{t.gradeHeading}</h3>
      <p className={pass ? 'practice-grade-pass' : 'practice-grade-retry'}>
        {pass ? t.pass : t.tryAgain}
      </p>
      {grade.reasons.length > 0 && (
        <ul>
          {grade.reasons.map((reason) => (
            <li key={`${reason.check}-${reason.text.key}`}>{say(reason.text)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
