/**
 * The trainer panel rendered to static HTML in node: safety first, the direction rule, the
 * outline, the setup step, then the phase under the playhead with its words from the protocol.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import type { Protocol } from '../../../src/protocol/schema';
import { buildTimeline, type Timeline } from '../../../src/protocol/timeline';
import { setClockTime } from '../../../src/state/clock';
import { usePlaybackStore } from '../../../src/state/playbackStore';
import { useSetupStore } from '../../../src/state/setupStore';
import { useViewStore } from '../../../src/state/viewStore';
import { describeLane } from '../../../src/ui/describe';
import { PRESSURE_LABELS, strings, trainerStrings } from '../../../src/ui/strings';
import { strokeAt } from '../../../src/ui/trainer/currentPhase';
import { TrainerPanel } from '../../../src/ui/trainer/TrainerPanel';
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

const render = (p: Protocol = protocol) =>
  renderToStaticMarkup(createElement(TrainerPanel, { protocol: p }));

/** Text as React writes it into HTML. */
const esc = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

/** Plays the lesson to the middle of the span of phase `phaseIndex`. */
function atPhase(phaseIndex: number) {
  const spanIndex = timeline.spans.findIndex((s) => s.phaseIndex === phaseIndex);
  const span = timeline.spans[spanIndex];
  if (span === undefined) throw new Error(`no span for phase ${phaseIndex}`);
  setRenderState(usePlaybackStore, { timeline, spanIndex });
  setRenderState(useSetupStore, { showingSetup: false });
  setClockTime((span.start + span.end) / 2);
  return span;
}

describe('the trainer panel', () => {
  it('starts with the "stop" contraindication: its name, signs and action, before anything else', () => {
    const html = render();
    const dvt = protocol.contraindications.find((c) => c.severity === 'stop');
    if (dvt === undefined) throw new Error('no stop item');
    const at = html.indexOf(dvt.name);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.indexOf(strings.rules.direction));
    expect(html).toContain(dvt.action);
    for (const sign of dvt.signs) expect(html).toContain(sign);
    expect(html).toContain(trainerStrings.safetyStrip.allChecks);
  });

  it('keeps the other contraindications in the safety dialog, not on the strip', () => {
    const html = render();
    const strip = html.slice(0, html.indexOf('<dialog'));
    const others = protocol.contraindications.filter((c) => c.severity !== 'stop');
    for (const item of others) expect(strip).not.toContain(item.name);
    for (const item of protocol.contraindications) expect(html).toContain(item.name);
  });

  it('pins "Always toward the heart", with the protocol’s rule and its why behind a button', () => {
    const html = render();
    const rule = protocol.rules.find((r) => r.kind === 'direction');
    if (rule?.kind !== 'direction') throw new Error('no direction rule');
    const section = html.slice(html.indexOf('class="trainer-direction"'));
    expect(section).toMatch(
      new RegExp(`${strings.rules.direction}</h2><button[^>]*aria-expanded="false"`),
    );
    const detailsId = /aria-controls="([^"]+)"/.exec(section)?.[1] ?? '∅';
    const details = section.slice(section.indexOf(`id="${detailsId}"`));
    expect(details).toMatch(/^id="[^"]+" class="trainer-direction-details" hidden=""/);
    expect(details).toContain(rule.text);
    expect(details).toContain(rule.why);
  });

  it('outlines setup and then every phase in order, setup current at first', () => {
    const html = render();
    const outline = html.slice(html.indexOf('data-testid="phase-outline"'));
    const positions = [trainerStrings.outline.setup, ...protocol.phases.map((p) => p.name)].map(
      (name) => outline.indexOf(name),
    );
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(outline.match(/aria-current="step"/g)).toHaveLength(1);
    expect(outline).toMatch(/aria-current="step"[^>]*>.*?Setup/);
  });

  it('shows the setup checklist first, one labelled checkbox per step', () => {
    const html = render();
    expect(html).toContain('data-testid="setup-card"');
    expect(html).not.toContain('data-testid="phase-card"');
    expect(html.match(/type="checkbox"/g)).toHaveLength(protocol.setup.length);
    for (const step of protocol.setup) expect(html).toContain(`for="trainer-setup-${step.id}"`);
    expect(html).toContain(trainerStrings.setup.ready(0, protocol.setup.length));
    setRenderState(useSetupStore, { ticked: { [protocol.setup[0]?.id ?? '']: true } });
    expect(render()).toContain(trainerStrings.setup.ready(1, protocol.setup.length));
  });

  it('shows the phase under the playhead: its words, the stroke in words, and the time in it', () => {
    const span = atPhase(1);
    const phase = protocol.phases[1];
    if (phase === undefined) throw new Error('no phase 2');
    const html = render();
    const card = html.slice(html.indexOf('data-testid="phase-card"'));
    expect(card).toContain(strings.phases.phaseNumber(2, protocol.phases.length));
    expect(card).toContain(phase.name);
    expect(card).toContain(PRESSURE_LABELS[phase.pressure]);
    expect(card).toContain(esc(phase.purpose));
    for (const cue of phase.cues) expect(card).toContain(esc(cue));
    const stroke = strokeAt(timeline, phase, (span.start + span.end) / 2);
    if (stroke === undefined) throw new Error('no stroke under the playhead');
    expect(card).toContain(describeLane(stroke));
    expect(card.match(/<circle/g)).toHaveLength(3); // firm: three rings
    // The time is left empty for the clock listener to write (checked in the browser tests).
    expect(card).toContain(`data-testid="phase-time"></span>`);
  });

  it('marks the outline entry of the current phase', () => {
    atPhase(2);
    const html = render();
    const outline = html.slice(html.indexOf('data-testid="phase-outline"'), html.indexOf('</nav>'));
    const current = outline.slice(outline.indexOf('aria-current="step"'));
    expect(current.indexOf(protocol.phases[2]?.name ?? '∅')).toBeGreaterThan(0);
    expect(current.indexOf(protocol.phases[2]?.name ?? '∅')).toBeLessThan(current.indexOf('</li>'));
  });

  it('marks the cue for this moment of the phase', () => {
    const span = atPhase(0);
    setClockTime(span.start + 0.01);
    const html = render();
    const phase = protocol.phases[0];
    expect(html).toContain(`<li class="trainer-cue--current">${phase?.cues[0] ?? ''}</li>`);
  });

  it('renders protocol text as text, never as markup', () => {
    const hostile = structuredClone(protocol);
    const stop = hostile.contraindications.find((c) => c.severity === 'stop');
    if (stop === undefined) throw new Error('no stop item');
    stop.name = '<img src=x onerror="alert(1)">DVT';
    const html = render(hostile);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x');
  });

  it('is hidden in presenter mode', () => {
    setRenderState(useViewStore, { presenter: true });
    expect(render()).toMatch(/<aside[^>]*hidden=""/);
  });
});
