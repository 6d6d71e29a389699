import { AppHeader } from './ui/AppHeader';
import { defaultProtocolResult as loaded } from './ui/defaultProtocolResult';
import { ProtocolLoadError } from './ui/ProtocolLoadError';
import { ProtocolTextView } from './ui/textview';

export function App() {
  return (
    <>
      <AppHeader />
      <main id="main" className="app-main">
        {loaded.ok ? (
          <ProtocolTextView protocol={loaded.protocol} />
        ) : (
          <ProtocolLoadError errors={loaded.errors} />
        )}
      </main>
    </>
  );
}
