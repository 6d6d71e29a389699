import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/contentSecurityPolicy';
import { handDetectorPlugin } from './scripts/handDetectorFiles';
import { offlineAppPlugin } from './scripts/offlineApp';

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Builds that carry the test hooks: the browser tests' (`--mode e2e`) and the bench's. */
const MODES_WITH_TEST_HOOKS = ['e2e', 'bench'];

// `vite build --mode bench` (used by `npm run bench`) also builds the plain three.js reference
// page the app is measured against (bench/reference.html); the production build has only the app.
export default defineConfig(({ mode }) => ({
  define: {
    'import.meta.env.TEST_HOOKS': JSON.stringify(MODES_WITH_TEST_HOOKS.includes(mode)),
  },
  // The production build carries a Content-Security-Policy (scripts/contentSecurityPolicy.ts),
  // the camera check's hand detector (scripts/handDetectorFiles.ts, fetched only when chosen)
  // and works offline once opened (scripts/offlineApp.ts).
  plugins: [react(), cspPlugin(), handDetectorPlugin(), offlineAppPlugin(mode)],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The bench reads chunk sizes from the manifest.
    manifest: mode === 'bench',
    rolldownOptions:
      mode === 'bench'
        ? { input: { main: page('./index.html'), reference: page('./bench/reference.html') } }
        : undefined,
  },
}));
