import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
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

createRoot(container).render(
  <StrictMode>
    {/* The last line of defence: whatever fails, the page keeps the safety rules and a retry. */}
    <PartErrorBoundary part={LAZY_TEXT.parts.app}>
      <App />
    </PartErrorBoundary>
  </StrictMode>,
);
