/**
 * The transport rendered to static HTML in node, and its pure helpers: the scrubber's segments
 * follow the timeline's spans, the controls carry labels, the session minutes stay in bounds.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { buildTimeline, type Timeline } from '../../../src/protocol/timeline';
import { setClockTime } from '../../../src/state/clock';
import { SPEEDS, usePlaybackStore } from '../../../src/state/playbackStore';
import { TIMING_LABELS, trainerStrings } from '../../../src/ui/strings';
import { scrubberValueText, timeAtPointer } from '../../../src/ui/trainer/scrubberMath';
import { clampMinutes } from '../../../src/ui/trainer/sessionMinutes';
import { TransportBar } from '../../../src/ui/trainer/TransportBar';
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

const render = () => renderToStaticMarkup(createElement(TransportBar, { protocol }));

describe('the transport', () => {
  it('has one labelled segment per span, as wide as the span', () => {
    setRenderState(usePlaybackStore, { timeline, spanIndex: 1 });
    const html = render();
    const segments = [
      ...html.matchAll(
        /class="trainer-segment trainer-segment--(\w+)"[^>]*style="flex-grow:([\d.]+)"[^>]*title="([^"]*)"/g,
      ),
    ];
    expect(segments).toHaveLength(timeline.spans.length);
    timeline.spans.forEach((span, index) => {
      const [, technique, grow, title] = segments[index] ?? [];
      const phase = protocol.phases[span.phaseIndex];
      expect(technique).toBe(phase?.technique);
      expect(Number(grow)).toBeCloseTo(span.end - span.start, 6);
      expect(title).toBe(`${span.phaseIndex + 1}. ${phase?.name ?? ''}`.replace(/"/g, '&quot;'));
    });
    expect(html.match(/data-current="true"/g)).toHaveLength(1);
  });

  it('is a keyboard slider with a name and a range over the lesson', () => {
    setRenderState(usePlaybackStore, { timeline });
    const html = render();
    expect(html).toMatch(/role="slider" tabindex="0"/);
    expect(html).toContain(`aria-label="${trainerStrings.transport.scrubber}"`);
    expect(html).toContain(`aria-valuemax="${Math.round(timeline.duration)}"`);
  });

  it('labels play, previous and next, and disables them until there is a timeline', () => {
    let html = render();
    expect(html).toMatch(/data-testid="play-button" data-state="paused" disabled=""/);
    expect(html).toContain(`aria-label="${trainerStrings.transport.previous}"`);
    expect(html).toContain(`aria-label="${trainerStrings.transport.next}"`);
    setRenderState(usePlaybackStore, { timeline, playing: true });
    html = render();
    expect(html).toMatch(/data-testid="play-button" data-state="playing">/);
    expect(html).toContain(`<span>${trainerStrings.transport.pause}</span>`);
  });

  it('offers every speed, with the current one selected, and a loop toggle', () => {
    setRenderState(usePlaybackStore, { speed: 2, loopPhase: true });
    const html = render();
    expect(html.match(/<option /g)).toHaveLength(SPEEDS.length);
    expect(html).toContain('<option value="2" selected="">2×</option>');
    expect(html).toMatch(new RegExp(`aria-pressed="true">${trainerStrings.transport.loop}<`));
  });

  it('shows the session length field with the protocol’s bounds only for a real session', () => {
    expect(render()).not.toContain(trainerStrings.transport.minutes);
    for (const mode of ['demo', 'session'] as const)
      expect(render()).toContain(TIMING_LABELS[mode]);
    setRenderState(usePlaybackStore, { timing: 'session', sessionMinutes: 45 });
    const html = render();
    const { min, max } = protocol.timing.sessionMinutes;
    expect(html).toContain(trainerStrings.transport.bounds(min, max));
    expect(html).toMatch(
      new RegExp(`type="number"[^>]*min="${min}" max="${max}"[^>]*value="${max}"`),
    );
  });
});

describe('scrubber helpers', () => {
  it('turn a pointer position into a time, clamped to the track', () => {
    expect(timeAtPointer(150, 100, 200, 60)).toBe(15);
    expect(timeAtPointer(0, 100, 200, 60)).toBe(0);
    expect(timeAtPointer(999, 100, 200, 60)).toBe(60);
    expect(timeAtPointer(150, 100, 0, 60)).toBe(0);
  });

  it('say where the playhead is, in time and phase', () => {
    const span = timeline.spans[1];
    if (span === undefined) throw new Error('no second span');
    const text = scrubberValueText(
      span.start + 1,
      timeline.duration,
      timeline.spans,
      protocol.phases,
    );
    expect(text).toContain(
      `Phase 2 of ${protocol.phases.length}: ${protocol.phases[1]?.name ?? ''}`,
    );
    expect(text.startsWith('0:')).toBe(true);
  });
});

describe('session minutes', () => {
  it('are whole minutes within the bounds; anything else is no value', () => {
    const bounds = { min: 15, max: 30 };
    expect(clampMinutes('20', bounds)).toBe(20);
    expect(clampMinutes('22.6', bounds)).toBe(23);
    expect(clampMinutes('5', bounds)).toBe(15);
    expect(clampMinutes('300', bounds)).toBe(30);
    expect(clampMinutes('', bounds)).toBeNull();
    expect(clampMinutes('abc', bounds)).toBeNull();
  });
});
