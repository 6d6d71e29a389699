import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { exposeTestHook } from './state/testHook';
import './ui/styles.css';
import './ui/screens/screens.css';

exposeTestHook();

const container = document.getElementById('root');
if (container === null) throw new Error('Proximal: the page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
