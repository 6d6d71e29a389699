import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/**
 * The layer map (README, "Layers"): each folder of src/ and the folders it must never import.
 * The domain (anatomy, protocol, physiology, practice, coach, classroom) is pure and knows nothing
 * of state, scene or ui; scene never imports ui; the model generator runs in node only and
 * nothing in the app imports it.
 */
const app = ['state', 'scene', 'ui', 'App.tsx', 'main.tsx'];
const LAYERS = {
  files: [
    'anatomy',
    'protocol',
    'physiology',
    'practice',
    'coach',
    'classroom',
    'camera',
    'modelgen',
    ...app,
  ],
  anatomy: ['protocol', 'physiology', 'practice', 'coach', 'classroom', 'modelgen', ...app],
  protocol: ['physiology', 'practice', 'coach', 'classroom', 'modelgen', ...app],
  physiology: ['protocol', 'practice', 'coach', 'classroom', 'modelgen', ...app],
  practice: ['coach', 'classroom', 'modelgen', ...app],
  coach: ['classroom', 'modelgen', ...app],
  // What the camera saw, as a trace: pure; the detector and the video live in ui/camera.
  camera: ['coach', 'classroom', 'modelgen', ...app],
  modelgen: ['protocol', 'physiology', 'practice', 'coach', 'classroom', ...app],
  // The classroom's message protocol and relay: pure, shared by the pages and the node server.
  classroom: ['protocol', 'physiology', 'practice', 'coach', 'modelgen', ...app],
  state: ['modelgen', 'scene', 'ui', 'App.tsx', 'main.tsx'],
  // The catalogs and the i18n instance: they know nothing of the app or the domain.
  i18n: [
    'files',
    'anatomy',
    'protocol',
    'physiology',
    'practice',
    'coach',
    'classroom',
    'modelgen',
    ...app,
  ],
  // The scene gets its few words as props from the UI.
  scene: ['modelgen', 'ui', 'i18n', 'App.tsx', 'main.tsx'],
  ui: ['modelgen', 'App.tsx', 'main.tsx'],
};
const layerZones = Object.entries(LAYERS).map(([layer, never]) => ({
  target: `./src/${layer}`,
  from: never.map((folder) => `./src/${folder}`),
  message: `the layer map: ${layer} never imports ${never.filter((f) => !f.includes('.')).join(', ')}`,
}));

/** The domain returns messages (a key and its values), never words: of i18n, only that type. */
const domainMessageZones = [
  'files',
  'anatomy',
  'protocol',
  'physiology',
  'practice',
  'coach',
  'classroom',
].map((layer) => ({
  target: `./src/${layer}`,
  from: './src/i18n',
  except: ['./message.ts'],
  message: `the layer map: ${layer} returns messages (src/i18n/message.ts), never text from i18n`,
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...domainMessageZones] }],
    },
  },
);
