import { strings } from './strings';

/** The banner: product name, its purpose in one line, and that it is education, not diagnosis. */
export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <h1 className="app-name">{strings.app.name}</h1>
        <p className="app-purpose">{strings.app.purpose}</p>
        <p className="app-note">{strings.app.notDiagnosis}</p>
      </div>
    </header>
  );
}
