/** The analysis's tips, each with the guide's own words behind it when there are some. */
import { say } from '../../i18n/say';
import type { TraceTip } from '../../practice/traceMessages';
import { practiceStrings } from '../strings';

const t = practiceStrings.feedback;

export function TraceTips({ tips }: { tips: readonly TraceTip[] }) {
  if (tips.length === 0) return null;
  return (
    <>
      <h3>{t.tips}</h3>
      <ul className="practice-tips" data-testid="trace-tips">
        {tips.map((tip, i) => (
          <li key={`${tip.topic}-${i}`}>
            <p>{say(tip.text)}</p>
            {tip.quote && (
              <blockquote className="practice-quote">
                <span className="practice-quote-lead">{t.guideSays}</span> {tip.quote.text}
              </blockquote>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
