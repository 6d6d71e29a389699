import type { BeyondGuideNote } from '../../protocol/schema';
import { strings } from '../strings';
import { useProtocolLang } from '../useProtocolLang';

/** What Proximal says beyond the guide, each labelled as such and with its source. */
export function BeyondGuideNotes({ notes }: { notes: readonly BeyondGuideNote[] | undefined }) {
  const lang = useProtocolLang();
  if (notes === undefined || notes.length === 0) return null;
  return (
    <ul className="beyond-guide-notes">
      {notes.map((note) => (
        <li key={note.text} className="beyond-guide">
          <p>
            <span className="provenance-tag">{strings.provenance.beyondGuide}</span>{' '}
            <span {...lang}>{note.text}</span>
          </p>
          <p className="provenance-source">
            {strings.provenance.source}: {note.source}
          </p>
        </li>
      ))}
    </ul>
  );
}
