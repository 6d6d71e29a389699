/**
 * The installed app's icons (`npm run icons`, @vite-pwa/assets-generator): PNGs drawn from the
 * favicon into public/, committed, and listed in the web app manifest (scripts/offlineApp.ts).
 * The maskable icon fills its square with the header's blue so a launcher's mask (circle,
 * squircle) never cuts the arrow; the padding keeps the arrow inside the safe zone.
 */
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/** The header's blue (index.html, `.boot-header`), the app's theme colour. */
const BRAND_BLUE = '#0b3d91';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    // 192 and 512 are the sizes installers ask for; the page keeps its SVG favicon.
    transparent: { sizes: [192, 512], favicons: [] },
    maskable: {
      sizes: [512],
      padding: 0.3,
      resizeOptions: { background: BRAND_BLUE, fit: 'contain' },
    },
    apple: {
      sizes: [180],
      padding: 0.3,
      resizeOptions: { background: BRAND_BLUE, fit: 'contain' },
    },
  },
  images: ['public/favicon.svg'],
});
