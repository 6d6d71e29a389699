/**
 * The pressure zones as a tint, seen by every viewer: the leg is rendered in real Chromium with
 * the zones on (paused, medial view), pixels are sampled inside each zone at chart points whose
 * zone the rules decide (light shin, moderate thigh, firm calf, and a keep-off knee from a
 * protocol file), and the zones must stay apart under simulated protanopia, deuteranopia,
 * tritanopia (Machado 2009) and in greyscale: by colour difference (CIEDE2000), and for keep-off
 * by its hatching where lightness alone would not tell it from a neighbour.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../src/anatomy/chart';
import type { LegModel } from '../../src/anatomy/legModel';
import { regionsAt } from '../../src/anatomy/regions';
import { zoneFor, type ZoneLevel } from '../../src/protocol/zones';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import type { Protocol } from '../../src/protocol/schema';
import { loadDefaultLeg } from '../support/leg';
import {
  chooseProtocolFile,
  closeSharedBrowser,
  openApp,
  protocolDocument,
  saveScreenshot,
  settle,
  type AppPage,
} from './support';
import { difference, simulate, VISIONS, type Vision } from './support/colourVision';

/** CIEDE2000 above which two zones count as clearly different (2.3 is just noticeable). */
const MIN_DELTA_E = 8;
/** Keep-off's hatching: the spread of lightness inside its patches, against plain zones'. */
const MIN_HATCH_SPREAD = 2;
const PATCH = 4; // px each side of a sample point

const KEEP_OFF_KNEE = {
  id: 'keep-off-knee-test',
  region: 'knee',
  text: 'Test: keep off the knee.',
  why: 'A test of how a keep-off area looks.',
  provenance: 'proximal',
} as const;

let app: AppPage;
let leg: LegModel;
let chart: LegChart;

beforeAll(async () => {
  leg = await loadDefaultLeg();
  chart = LegChart.fromModel(leg);
  app = await openApp('/?t=20&camera=medial');
  await zonesReady(app.page);
  // Only the skin and its zones: the lanes and hands would cover sample points. Turned off in
  // the Layers drawer, which is folded again so it covers nothing.
  const { page } = app;
  await page.getByTestId('layers-button').click();
  for (const layer of ['lanes', 'hands']) await page.getByTestId(`layer-${layer}`).uncheck();
  await page.getByTestId('layers-button').click();
  await page.locator('[data-testid=layers][data-open=false]').waitFor();
  await settle(app.page, 700);
}, 240_000);

afterAll(async () => {
  await app?.close();
  await closeSharedBrowser();
});

async function zonesReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.proximalScene?.zonesBaked() === true, null, {
    timeout: 150_000,
  });
}

/** Chart points facing the medial camera whose zone is the same all around them. */
function samplePoints(protocol: Protocol): Map<ZoneLevel, { s: number; theta: number }[]> {
  const zoneAt = (s: number, theta: number) =>
    zoneFor(
      { regions: regionsAt(s, theta, leg.landmarks), depthMm: chart.depthAt(s, theta) },
      protocol,
    ).level;
  const out = new Map<ZoneLevel, { s: number; theta: number }[]>();
  for (let s = 0.2; s <= 0.9; s += 0.01) {
    for (let theta = 60; theta <= 130; theta += 5) {
      const level = zoneAt(s, theta);
      const around = [
        [0.015, 0],
        [-0.015, 0],
        [0, 10],
        [0, -10],
      ].every(([ds = 0, dt = 0]) => zoneAt(s + ds, theta + dt) === level);
      if (!around || Math.abs(chart.depthAt(s, theta) - 10) < 3) continue;
      const list = out.get(level) ?? [];
      list.push({ s, theta });
      out.set(level, list);
    }
  }
  return out;
}

/** The canvas as an RGBA PNG, with the stage's DOM overlays hidden. */
async function canvasPng(page: Page): Promise<PNG> {
  await page.addStyleTag({
    content: '.trainer-stage > :not(:first-child) { visibility: hidden !important; }',
  });
  const canvas = page.locator('canvas').first();
  const png = PNG.sync.read(await canvas.screenshot({ timeout: 60_000 }));
  await page.evaluate(() =>
    document.querySelectorAll('style').forEach((el) => {
      if (el.textContent?.includes('visibility: hidden !important')) el.remove();
    }),
  );
  return png;
}

interface Patch {
  mean: number[];
  /** Standard deviation of the patch's luminance (0–255). */
  spread: number;
}

function patchAt(png: PNG, x: number, y: number): Patch | null {
  const sum = [0, 0, 0];
  const lum: number[] = [];
  for (let dy = -PATCH; dy <= PATCH; dy++) {
    for (let dx = -PATCH; dx <= PATCH; dx++) {
      const px = Math.round(x) + dx;
      const py = Math.round(y) + dy;
      if (px < 0 || py < 0 || px >= png.width || py >= png.height) return null;
      const i = 4 * (py * png.width + px);
      const rgb = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      rgb.forEach((v, c) => (sum[c] = (sum[c] ?? 0) + v));
      lum.push(0.2126 * (rgb[0] ?? 0) + 0.7152 * (rgb[1] ?? 0) + 0.0722 * (rgb[2] ?? 0));
    }
  }
  const n = lum.length;
  const m = lum.reduce((a, b) => a + b, 0) / n;
  const spread = Math.sqrt(lum.reduce((a, b) => a + (b - m) ** 2, 0) / n);
  return { mean: sum.map((v) => v / n), spread };
}

async function zonePatches(
  page: Page,
  protocol: Protocol,
  levels: readonly ZoneLevel[],
): Promise<Map<ZoneLevel, Patch[]>> {
  const png = await canvasPng(page);
  const points = samplePoints(protocol);
  const out = new Map<ZoneLevel, Patch[]>();
  for (const level of levels) {
    const list = points.get(level) ?? [];
    expect(list.length, `chart points in the ${level} zone`).toBeGreaterThan(3);
    const patches: Patch[] = [];
    for (const { s, theta } of list) {
      const at = await page.evaluate(
        ({ ss, tt }) => window.proximalScene?.project(ss, tt) ?? null,
        { ss: s, tt: theta },
      );
      const patch = at ? patchAt(png, at.x, at.y) : null;
      if (patch) patches.push(patch);
    }
    expect(patches.length, `${level} patches on screen`).toBeGreaterThan(3);
    out.set(level, patches);
  }
  return out;
}

const meanColour = (patches: Patch[]) =>
  [0, 1, 2].map((c) => patches.reduce((a, p) => a + (p.mean[c] ?? 0), 0) / patches.length);

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)] ?? 0;
}

/** The smallest CIEDE2000 between any two zones' mean colours, as `vision` sees them. */
function closestPair(zones: Map<ZoneLevel, Patch[]>, vision: Vision) {
  const entries = [...zones.entries()].map(
    ([level, patches]) => [level, simulate(meanColour(patches), vision)] as const,
  );
  let best = { a: '', b: '', deltaE: Infinity };
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [la, ca] = entries[i]!;
      const [lb, cb] = entries[j]!;
      const deltaE = difference(ca, cb);
      if (deltaE < best.deltaE) best = { a: la, b: lb, deltaE };
    }
  }
  return best;
}

describe('pressure zones as a tint, for every kind of colour vision', () => {
  it('light, moderate and firm stay apart under every simulation and in greyscale', async () => {
    const zones = await zonePatches(app.page, defaultProtocol, ['light', 'moderate', 'firm']);
    await saveScreenshot(app.page, 'zones-tint-medial');
    const report = VISIONS.map((v) => ({ vision: v, ...closestPair(zones, v) }));
    console.log(JSON.stringify(report));
    for (const r of report) {
      expect(r.deltaE, `${r.vision}: ${r.a} vs ${r.b}`).toBeGreaterThan(MIN_DELTA_E);
    }
  });

  it('keep-off (from a protocol file) stands apart by colour or by its hatching', async () => {
    const { page } = app;
    const document = protocolDocument({ keepOff: [KEEP_OFF_KNEE] });
    await chooseProtocolFile(page, 'keep-off-knee.json', JSON.stringify(document));
    await page.getByTestId('protocol-file-status').waitFor();
    await page.click('[data-testid=mode-train]');
    await page.waitForFunction(() => window.proximalScene !== undefined, null, {
      timeout: 90_000,
    });
    const protocol: Protocol = { ...defaultProtocol, keepOff: [KEEP_OFF_KNEE] };
    // The new protocol is baked: a knee point turns from the light zone's tint.
    await zonesReady(page);
    await settle(page, 1500);
    const zones = await zonePatches(page, protocol, ['keep-off', 'light', 'moderate', 'firm']);
    await saveScreenshot(page, 'zones-tint-keep-off');
    const keepOff = zones.get('keep-off') ?? [];
    const hatch = median(keepOff.map((p) => p.spread));
    const spreadOf = (level: ZoneLevel) => median((zones.get(level) ?? []).map((p) => p.spread));
    const plain = Math.max(...(['light', 'moderate', 'firm'] as const).map(spreadOf));
    for (const vision of VISIONS) {
      const k = simulate(meanColour(keepOff), vision);
      for (const other of ['light', 'moderate', 'firm'] as const) {
        const o = simulate(meanColour(zones.get(other) ?? []), vision);
        const deltaE = difference(k, o);
        const byPattern = hatch > spreadOf(other) * MIN_HATCH_SPREAD;
        expect(
          deltaE > MIN_DELTA_E || byPattern,
          `${vision}: keep-off vs ${other} ΔE ${deltaE.toFixed(1)}, hatching ${hatch.toFixed(1)} vs ${spreadOf(other).toFixed(1)}`,
        ).toBe(true);
      }
    }
    console.log(
      JSON.stringify({
        hatch,
        spreads: ['light', 'moderate', 'firm'].map((l) => spreadOf(l as ZoneLevel)),
      }),
    );
    expect(hatch, 'keep-off is hatched, more than any plain zone varies').toBeGreaterThan(plain);
    expect(app.problems.all()).toEqual([]);
  });
});
