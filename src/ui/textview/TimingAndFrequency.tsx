import type { Protocol } from '../../protocol/schema';
import { strings } from '../strings';
import { BeyondGuideNotes } from './BeyondGuideNotes';
import { SECTION_IDS } from './sectionIds';
import { useProtocolLang } from '../useProtocolLang';

/** How long a session lasts and how often to repeat it. */
export function TimingAndFrequency({ timing, frequency }: Pick<Protocol, 'timing' | 'frequency'>) {
  const lang = useProtocolLang();
  const headingId = `${SECTION_IDS.timing}-heading`;
  const t = strings.timing;
  return (
    <section id={SECTION_IDS.timing} aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <dl className="figures">
        <div>
          <dt>{t.session}</dt>
          <dd>{t.minutes(timing.sessionMinutes.min, timing.sessionMinutes.max)}</dd>
        </div>
        <div>
          <dt>{t.perLeg}</dt>
          <dd>{t.minutes(timing.perLegMinutes.min, timing.perLegMinutes.max)}</dd>
        </div>
        <div>
          <dt>{t.maintenance}</dt>
          <dd>
            {t.timesPerWeek(
              frequency.maintenance.timesPerWeek.min,
              frequency.maintenance.timesPerWeek.max,
            )}
          </dd>
        </div>
        <div>
          <dt>{t.intensive}</dt>
          <dd>
            {t.timesPerWeek(
              frequency.intensive.timesPerWeek.min,
              frequency.intensive.timesPerWeek.max,
            )}
          </dd>
        </div>
      </dl>
      <p {...lang}>{timing.text}</p>
      <p {...lang}>{frequency.maintenance.text}</p>
      <p {...lang}>{frequency.intensive.text}</p>
      <BeyondGuideNotes
        notes={frequency.intensive.note === undefined ? undefined : [frequency.intensive.note]}
      />
      <p className="principle">
        <strong>{t.principle}: </strong>
        {frequency.principle}
      </p>
    </section>
  );
}
