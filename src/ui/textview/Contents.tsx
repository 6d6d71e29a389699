import type { Phase } from '../../protocol/schema';
import { strings } from '../strings';
import { phaseAnchor, SECTION_IDS } from './sectionIds';
import { useProtocolLang } from '../useProtocolLang';

/** A short table of contents, so an instructor can jump to a phase while projecting. */
export function Contents({ phases }: { phases: readonly Pick<Phase, 'id' | 'name'>[] }) {
  const lang = useProtocolLang();
  const headingId = 'read-contents-heading';
  return (
    <nav className="contents" aria-labelledby={headingId}>
      <h2 id={headingId} className="contents-heading">
        {strings.contents.title}
      </h2>
      <ul>
        <li>
          <a href={`#${SECTION_IDS.safety}`}>{strings.safety.title}</a>
        </li>
        <li>
          <a href={`#${SECTION_IDS.setup}`}>{strings.setup.title}</a>
        </li>
        <li>
          <a href={`#${SECTION_IDS.phases}`}>{strings.phases.title}</a>
          <ol>
            {phases.map((phase) => (
              <li key={phase.id}>
                <a href={`#${phaseAnchor(phase.id)}`} {...lang}>
                  {phase.name}
                </a>
              </li>
            ))}
          </ol>
        </li>
        <li>
          <a href={`#${SECTION_IDS.rules}`}>{strings.rules.title}</a>
        </li>
        <li>
          <a href={`#${SECTION_IDS.timing}`}>{strings.timing.title}</a>
        </li>
        <li>
          <a href={`#${SECTION_IDS.about}`}>{strings.about.title}</a>
        </li>
      </ul>
    </nav>
  );
}
