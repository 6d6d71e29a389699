import { AppHeader } from './ui/AppHeader';
import { defaultProtocol } from './ui/defaultProtocol';
import { ProtocolLoadError } from './ui/ProtocolLoadError';
import { ProtocolTextView } from './ui/textview';

export function App() {
  return (
    <>
      <AppHeader />
      <main id="main" className="app-main">
        {defaultProtocol.ok ? (
          <ProtocolTextView protocol={defaultProtocol.protocol} />
        ) : (
          <ProtocolLoadError issues={defaultProtocol.issues} />
        )}
      </main>
    </>
  );
}
