import { useViewStore } from '../state/viewStore';
import { LanguageSwitch } from './LanguageSwitch';
import { ModeSwitch } from './ModeSwitch';
import { NotDiagnosisNote } from './screens/NotDiagnosisNote';
import { SkipLink } from './screens/SkipLink';
import { strings } from './strings';

/**
 * The banner: product name, its purpose in one line, that it is education, not diagnosis.
 * Compact in the trainer, where the leg needs the height.
 */
export function AppHeader() {
  const compact = useViewStore((s) => s.mode !== 'read');
  return (
    <header className={compact ? 'app-header app-header--compact' : 'app-header'}>
      <SkipLink />
      <div className="app-header-inner">
        <h1 className="app-name">{strings.app.name}</h1>
        <p className="app-purpose">{strings.app.purpose}</p>
        {compact ? <NotDiagnosisNote /> : <p className="app-note">{strings.app.notDiagnosis}</p>}
        <ModeSwitch />
        <LanguageSwitch />
      </div>
    </header>
  );
}
