/**
 * "Not a diagnosis" in the trainer's header: in full where the header has room, else its first
 * sentence with the rest one tap away, so the header stays one or two lines on a phone.
 */
import { strings, SCREEN_TEXT } from '../strings';
import { useMediaQuery } from './useMediaQuery';

export function NotDiagnosisNote() {
  const roomy = useMediaQuery('(min-width: 100rem)');
  const full = strings.app.notDiagnosis;
  if (roomy) return <p className="app-note">{full}</p>;
  const short = SCREEN_TEXT.notDiagnosisShort;
  const rest = full.startsWith(short) ? full.slice(short.length).trim() : full;
  return (
    <details className="app-note app-note--short" data-testid="not-diagnosis">
      <summary>
        {short} <span className="app-note-more">{SCREEN_TEXT.notDiagnosisMore}</span>
      </summary>
      <p>{rest}</p>
    </details>
  );
}
