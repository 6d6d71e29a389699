/**
 * The transport, used as a learner uses it: play and pause, previous and next phase, speed,
 * loop, demonstration or a real session of a chosen length, and the scrubber from the keyboard.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { buildTimeline, type Timeline } from '../../../src/protocol/timeline';
import { playbackClock, setClockTime } from '../../../src/state/clock';
import { SPEEDS, usePlaybackStore } from '../../../src/state/playbackStore';
import { useSetupStore } from '../../../src/state/setupStore';
import { TIMING_LABELS, trainerStrings } from '../../../src/ui/strings';
import { TransportBar } from '../../../src/ui/trainer/TransportBar';
import { loadDefaultLeg } from '../../support/leg';

const protocol = defaultProtocol;
const t = trainerStrings.transport;
let timeline: Timeline;

beforeAll(async () => {
  const { landmarks } = await loadDefaultLeg();
  timeline = buildTimeline(protocol, { mode: 'demo', landmarks });
});

beforeEach(() => {
  usePlaybackStore.setState(usePlaybackStore.getInitialState(), true);
  useSetupStore.setState({ showingSetup: false });
  setClockTime(0);
});

afterEach(() => {
  usePlaybackStore.setState(usePlaybackStore.getInitialState(), true);
  useSetupStore.setState(useSetupStore.getInitialState(), true);
  setClockTime(0);
});

function withTimeline() {
  usePlaybackStore.getState().setTimeline(timeline);
  return render(<TransportBar protocol={protocol} />);
}

describe('the transport', () => {
  it('can do nothing until there is a lesson to play', () => {
    render(<TransportBar protocol={protocol} />);
    expect(screen.getByRole('button', { name: t.play })).toBeDisabled();
    expect(screen.getByRole('button', { name: t.previous })).toBeDisabled();
    expect(screen.getByRole('button', { name: t.next })).toBeDisabled();
  });

  it('plays and pauses from the one button, whose name says what it will do', async () => {
    const user = userEvent.setup();
    withTimeline();
    await user.click(screen.getByRole('button', { name: t.play }));
    expect(usePlaybackStore.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: t.pause }));
    expect(usePlaybackStore.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: t.play })).toBeEnabled();
  });

  it('steps to the next phase and back to the start of this one', async () => {
    const user = userEvent.setup();
    withTimeline();
    const second = timeline.spans[1];
    if (!second) throw new Error('the demonstration has one phase');
    await user.click(screen.getByRole('button', { name: t.next }));
    expect(usePlaybackStore.getState().spanIndex).toBe(1);
    expect(playbackClock.t).toBe(second.start);
    setClockTime(second.start + 5);
    await user.click(screen.getByRole('button', { name: t.previous }));
    expect(playbackClock.t).toBe(second.start);
  });

  it('offers every speed and plays at the one chosen', async () => {
    const user = userEvent.setup();
    withTimeline();
    const speed = screen.getByRole('combobox', { name: t.speed });
    expect(within(speed).getAllByRole('option')).toHaveLength(SPEEDS.length);
    await user.selectOptions(speed, t.speedOption(2));
    expect(usePlaybackStore.getState().speed).toBe(2);
  });

  it('loops the phase while its toggle is pressed', async () => {
    const user = userEvent.setup();
    withTimeline();
    const loop = screen.getByRole('button', { name: t.loop });
    expect(loop).toHaveAttribute('aria-pressed', 'false');
    await user.click(loop);
    expect(loop).toHaveAttribute('aria-pressed', 'true');
    expect(usePlaybackStore.getState().loopPhase).toBe(true);
  });

  it('asks for session minutes only for a real session, kept within the protocol’s bounds', async () => {
    const user = userEvent.setup();
    withTimeline();
    const { min, max } = protocol.timing.sessionMinutes;
    expect(screen.queryByRole('spinbutton', { name: t.minutes })).toBeNull();
    await user.click(screen.getByRole('radio', { name: TIMING_LABELS.session }));
    expect(usePlaybackStore.getState().timing).toBe('session');
    const minutes = screen.getByRole('spinbutton', { name: t.minutes });
    expect(screen.getByText(t.bounds(min, max))).toBeVisible();
    await user.clear(minutes);
    await user.type(minutes, String(max + 100));
    await user.keyboard('{Enter}');
    expect(usePlaybackStore.getState().sessionMinutes).toBe(max);
    await user.click(screen.getByRole('radio', { name: TIMING_LABELS.demo }));
    expect(screen.queryByRole('spinbutton', { name: t.minutes })).toBeNull();
  });

  it('shows one segment per phase span, as long as the span, the current one marked', async () => {
    const user = userEvent.setup();
    withTimeline();
    const segments = timeline.spans.map((span) =>
      screen.getByTitle(`${span.phaseIndex + 1}. ${protocol.phases[span.phaseIndex]?.name ?? ''}`),
    );
    segments.forEach((segment, index) => {
      const span = timeline.spans[index];
      expect(Number(segment.style.flexGrow)).toBeCloseTo((span?.end ?? 0) - (span?.start ?? 0), 6);
    });
    expect(segments[0]).toHaveAttribute('data-current', 'true');
    await user.click(screen.getByRole('button', { name: t.next }));
    expect(segments[0]).not.toHaveAttribute('data-current', 'true');
    expect(segments[1]).toHaveAttribute('data-current', 'true');
  });

  it('has a scrubber over the whole lesson that moves the playhead from the keyboard', async () => {
    const user = userEvent.setup();
    withTimeline();
    const scrubber = screen.getByRole('slider', { name: t.scrubber });
    expect(scrubber).toHaveAttribute('aria-valuemax', String(Math.round(timeline.duration)));
    scrubber.focus();
    await user.keyboard('{End}');
    expect(playbackClock.t).toBe(timeline.duration);
    await user.keyboard('{Home}');
    expect(playbackClock.t).toBe(0);
    await user.keyboard('{PageDown}');
    expect(usePlaybackStore.getState().spanIndex).toBe(1);
  });
});
