import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { applyLanguage, startingLanguage } from './i18n/applyLanguage';
import { i18n } from './i18n/instance';
import { syncTimeline } from './state/timelineSync';
import { startClassroomFromUrl } from './state/classroomSession';
import { exposeTestHook } from './state/testHook';
import { startOfflineWorker } from './state/offlineWorker';
import { PartErrorBoundary } from './ui/faults/PartErrorBoundary';
import { LAZY_TEXT } from './ui/strings';
import './ui/styles.css';
import './ui/screens/screens.css';

if (import.meta.env.TEST_HOOKS) exposeTestHook();
syncTimeline();
startClassroomFromUrl();
startOfflineWorker();

const container = document.getElementById('root');
if (container === null) throw new Error('Proximal: the page has no #root element.');

// Another language's catalogs arrive before the first render, so no English flashes first.
void applyLanguage(startingLanguage(), { fromUser: false })
  .catch((error: unknown) => console.error('Proximal: the language could not be loaded', error))
  .finally(() => {
    createRoot(container).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          {/* The last line of defence: whatever fails, the page keeps the safety rules and a retry. */}
          <PartErrorBoundary part={LAZY_TEXT.parts.app}>
            <App />
          </PartErrorBoundary>
        </I18nextProvider>
      </StrictMode>,
    );
  });
