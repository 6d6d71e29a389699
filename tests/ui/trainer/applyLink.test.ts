/** Opening a link: the view at once, the moment on the timeline, and the shortcuts' effects. */
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { playbackClock, setClockTime } from '../../../src/state/clock';
import { decodeView } from '../../../src/state/deepLink';
import { usePlaybackStore } from '../../../src/state/playbackStore';
import { DEFAULT_LAYERS, useViewStore } from '../../../src/state/viewStore';
import {
  applyLinkView,
  linkHasMoment,
  linkTime,
  timelineIsCurrent,
} from '../../../src/ui/trainer/applyLink';
import { runShortcut } from '../../../src/ui/trainer/useKeyboardShortcuts';
import { TWO_LEG_SESSION } from '../../support/timelineFixtures';

const protocol = defaultProtocol;
const timeline = TWO_LEG_SESSION;

beforeEach(() => {
  useViewStore.setState(useViewStore.getInitialState(), true);
  usePlaybackStore.setState(usePlaybackStore.getInitialState(), true);
  setClockTime(0);
});

describe('applying a link', () => {
  it('sets leg, camera, layers, speed and timing, and clamps the minutes to the protocol', () => {
    applyLinkView(
      decodeView('?leg=left&camera=back&layers=skin,veins&speed=2&timing=session&minutes=90'),
      protocol,
    );
    const view = useViewStore.getState();
    expect([view.leg, view.camera]).toEqual(['left', 'back']);
    expect(view.layers).toEqual({
      ...DEFAULT_LAYERS,
      zones: false,
      lanes: false,
      hands: false,
      veins: true,
    });
    const playback = usePlaybackStore.getState();
    expect([playback.speed, playback.timing]).toEqual([2, 'session']);
    expect(playback.sessionMinutes).toBe(protocol.timing.sessionMinutes.max);
  });

  it('leaves alone what the link does not say', () => {
    applyLinkView(decodeView('?camera=front'), protocol);
    expect(useViewStore.getState().leg).toBe('right');
    expect(useViewStore.getState().layers).toEqual(DEFAULT_LAYERS);
  });

  it('finds the moment: t first, else the start of the phase on the link’s leg, else a span', () => {
    expect(linkHasMoment(decodeView('?camera=back'))).toBe(false);
    expect(linkTime(decodeView('?t=33&phase=calf-petrissage'), timeline, protocol)).toBe(33);
    expect(linkTime(decodeView('?phase=calf-petrissage'), timeline, protocol)).toBe(20);
    expect(linkTime(decodeView('?phase=calf-petrissage&leg=left'), timeline, protocol)).toBe(60);
    expect(linkTime(decodeView('?span=2'), timeline, protocol)).toBe(40);
    expect(linkTime(decodeView('?span=99'), timeline, protocol)).toBeNull();
    expect(linkTime(decodeView('?phase=no-such-phase'), timeline, protocol)).toBeNull();
  });

  it('waits for a timeline built for the chosen leg and timing', () => {
    expect(timelineIsCurrent(timeline)).toBe(false); // demo timing chosen
    usePlaybackStore.getState().setTiming('session');
    expect(timelineIsCurrent(timeline)).toBe(true);
    expect(timelineIsCurrent({ ...timeline, legs: ['left'] })).toBe(false);
  });
});

describe('running shortcuts', () => {
  it('plays, seeks, steps speed, switches camera, leg and zones, and opens the help', () => {
    usePlaybackStore.getState().setTimeline(timeline);
    runShortcut({ kind: 'toggle-play' });
    expect(usePlaybackStore.getState().playing).toBe(true);
    runShortcut({ kind: 'seek-by', seconds: 5 });
    expect(playbackClock.t).toBe(5);
    runShortcut({ kind: 'speed-step', direction: 1 });
    expect(usePlaybackStore.getState().speed).toBe(1.5);
    runShortcut({ kind: 'camera', preset: 'lateral' });
    expect(useViewStore.getState().camera).toBe('lateral');
    runShortcut({ kind: 'toggle-leg' });
    expect(useViewStore.getState().leg).toBe('left');
    runShortcut({ kind: 'toggle-zones' });
    expect(useViewStore.getState().layers.zones).toBe(false);
    runShortcut({ kind: 'open-help' });
    expect(useViewStore.getState().helpOpen).toBe(true);
  });

  it('lets Escape leave presenter mode, and otherwise leaves Escape alone', () => {
    expect(runShortcut({ kind: 'exit-presenter' })).toBe(false);
    runShortcut({ kind: 'toggle-presenter' });
    expect(useViewStore.getState().presenter).toBe(true);
    expect(runShortcut({ kind: 'exit-presenter' })).toBe(true);
    expect(useViewStore.getState().presenter).toBe(false);
  });
});

describe('a link time beyond the end', () => {
  it('points at the end of the timeline, and a negative one at its start', () => {
    expect(linkTime({ t: 86_400 }, timeline, protocol)).toBe(80);
    expect(linkTime({ t: -5 }, timeline, protocol)).toBe(0);
    expect(linkTime(decodeView('?t=1e308'), timeline, protocol)).toBe(80);
  });
});
