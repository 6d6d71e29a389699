/**
 * The stage overlays and dialogs rendered to static HTML in node: view controls, the zone key,
 * the presenter caption, the help and the phase announcer.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { buildTimeline, type Timeline } from '../../../src/protocol/timeline';
import { tintedZoneColour } from '../../../src/scene/zonePalette';
import { setClockTime } from '../../../src/state/clock';
import { usePlaybackStore } from '../../../src/state/playbackStore';
import { useSetupStore } from '../../../src/state/setupStore';
import { CAMERA_PRESETS, DEFAULT_LAYERS, LAYERS, useViewStore } from '../../../src/state/viewStore';
import {
  CAMERA_LABELS,
  LAYER_LABELS,
  SHORTCUT_HELP,
  trainerStrings,
  ZONE_TITLES,
} from '../../../src/ui/strings';
import { HelpDialog } from '../../../src/ui/trainer/HelpDialog';
import { PhaseAnnouncer } from '../../../src/ui/trainer/PhaseAnnouncer';
import { PresenterCaption } from '../../../src/ui/trainer/PresenterCaption';
import { ViewControls } from '../../../src/ui/trainer/ViewControls';
import { ZoneLegend } from '../../../src/ui/trainer/ZoneLegend';
import { loadDefaultLeg } from '../../support/leg';
import { restoreRenderState, setRenderState } from './storeState';

const protocol = defaultProtocol;
let timeline: Timeline;

beforeAll(async () => {
  const { landmarks } = await loadDefaultLeg();
  timeline = buildTimeline(protocol, { mode: 'demo', landmarks });
});

afterEach(() => {
  restoreRenderState();
  setClockTime(0);
});

/** Text as React writes it into HTML. */
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('the view controls', () => {
  it('offer every camera preset, the current one pressed', () => {
    setRenderState(useViewStore, { camera: 'lateral' });
    const html = renderToStaticMarkup(createElement(ViewControls));
    for (const preset of CAMERA_PRESETS) {
      const pressed = preset === 'lateral' ? 'true' : 'false';
      expect(html).toMatch(
        new RegExp(
          `aria-pressed="${pressed}"[^>]*data-testid="camera-${preset}">${CAMERA_LABELS[preset]}<`,
        ),
      );
    }
  });

  it('offer both legs, a checkbox for every layer and the skin opacity, presenter and help', () => {
    setRenderState(useViewStore, { leg: 'left', skinOpacity: 0.4 });
    const html = renderToStaticMarkup(createElement(ViewControls));
    expect(html).toMatch(/aria-pressed="true" aria-label="Left leg" data-testid="leg-left"/);
    expect(html.match(/type="checkbox"/g)).toHaveLength(LAYERS.length);
    for (const layer of LAYERS) {
      const checked = DEFAULT_LAYERS[layer] ? ' checked=""' : '';
      expect(html).toContain(
        `<input type="checkbox" data-testid="layer-${layer}"${checked}/>${LAYER_LABELS[layer]}</label>`,
      );
    }
    expect(html).toMatch(/type="range" min="0.05" max="1" step="0.05" value="0.4"/);
    expect(html).toContain('40%');
    expect(html).toContain('data-testid="presenter-toggle"');
    expect(html).toContain(`aria-label="${trainerStrings.view.helpLabel}"`);
    expect(html).toContain(trainerStrings.view.copyLink);
    expect(html).toContain('role="status"');
  });
});

describe('the zone legend', () => {
  it('shows each level with its colour, title and the protocol’s reasons, and the ring note', () => {
    const html = renderToStaticMarkup(createElement(ZoneLegend, { protocol }));
    expect(html).toContain('data-testid="zone-legend"');
    for (const level of ['keep-off', 'light', 'moderate', 'firm'] as const) {
      expect(html).toContain(ZONE_TITLES[level]);
      expect(html.toLowerCase()).toContain(`background-color:${tintedZoneColour(level)}`);
    }
    expect(html).toContain(
      `data-striped="true" style="background-color:${tintedZoneColour('keep-off')}"`,
    );
    expect(html.match(/data-striped/g)).toHaveLength(1);
    const kneading = protocol.rules.find((r) => r.id === 'kneading-firm-not-painful');
    expect(html).toContain(esc(kneading?.text ?? '∅'));
    expect(html).toContain(esc(trainerStrings.legend.rings));
  });

  it('is not there while the zones layer is off', () => {
    setRenderState(useViewStore, { layers: { ...DEFAULT_LAYERS, zones: false } });
    expect(renderToStaticMarkup(createElement(ZoneLegend, { protocol }))).toBe('');
  });
});

describe('the presenter caption', () => {
  it('is there only in presenter mode', () => {
    expect(renderToStaticMarkup(createElement(PresenterCaption, { protocol }))).toBe('');
  });

  it('names the phase and the cue for this moment', () => {
    const index = timeline.spans.findIndex((s) => s.phaseIndex === 1);
    const span = timeline.spans[index];
    if (span === undefined) throw new Error('no span');
    setRenderState(useViewStore, { presenter: true });
    setRenderState(useSetupStore, { showingSetup: false });
    setRenderState(usePlaybackStore, { timeline, spanIndex: index });
    setClockTime(span.end - 0.01);
    const html = renderToStaticMarkup(createElement(PresenterCaption, { protocol }));
    const phase = protocol.phases[1];
    expect(html).toContain(`Phase 2 of 4: ${phase?.name ?? ''}`);
    expect(html).toContain(esc(phase?.cues.at(-1) ?? '∅'));
  });

  it('during setup, shows the first step not yet ticked', () => {
    setRenderState(useViewStore, { presenter: true });
    const [first, second] = protocol.setup;
    setRenderState(useSetupStore, { showingSetup: true, ticked: { [first?.id ?? '']: true } });
    const html = renderToStaticMarkup(createElement(PresenterCaption, { protocol }));
    expect(html).toContain(second?.text ?? '∅');
    expect(html).not.toContain(first?.text ?? '∅');
  });
});

describe('the help dialog', () => {
  it('lists every shortcut and explains arrows, lanes, rings and zone colours', () => {
    const html = renderToStaticMarkup(createElement(HelpDialog, { protocol }));
    expect(html).toMatch(/^<dialog[^>]*data-testid="help-dialog"/);
    for (const { keys, does } of Object.values(SHORTCUT_HELP)) {
      expect(html).toContain(`<kbd>${keys}</kbd>`);
      expect(html).toContain(does);
    }
    const t = trainerStrings.help;
    for (const text of [t.arrows, t.lanes, t.rings, t.zones]) expect(html).toContain(esc(text));
    for (const title of Object.values(ZONE_TITLES)) expect(html).toContain(title);
  });
});

describe('the phase announcer', () => {
  it('is a polite live region naming the phase under the playhead', () => {
    setRenderState(useSetupStore, { showingSetup: false });
    setRenderState(usePlaybackStore, { timeline, spanIndex: 1 });
    const html = renderToStaticMarkup(createElement(PhaseAnnouncer, { protocol }));
    expect(html).toContain('aria-live="polite"');
    const phase = protocol.phases[timeline.spans[1]?.phaseIndex ?? -1];
    expect(html).toContain(`Phase 2 of 4: ${phase?.name ?? '∅'}`);
  });
});
