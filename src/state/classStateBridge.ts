/**
 * The class state and the app's stores: `readClassState` takes the snapshot an instructor sends,
 * `applyClassState` makes a student's stores show it, and `watchClassState` tells the instructor
 * page when there is something new to send (a discrete change at once, the playhead when it
 * jumps, and a heartbeat while playing so students' clocks never drift apart).
 */
import type { ClassState } from '../classroom/classState';
import { onClockTime, playbackClock } from './clock';
import { useFlowStore } from './flowStore';
import { useHandCloseUpStore } from './handCloseUpStore';
import { usePlaybackStore } from './playbackStore';
import { useSetupStore } from './setupStore';
import { LAYERS, useViewStore, type Layers } from './viewStore';

/** A playing student is pulled back to the instructor's time when it drifts further than this. */
export const PLAYING_DRIFT_SECONDS = 0.3;
/** Paused, the picture must be the instructor's: a seek is applied when it differs more. */
const PAUSED_DRIFT_SECONDS = 0.02;
/** While playing, the instructor page sends its time this often. */
export const HEARTBEAT_MS = 1000;
/** At most one snapshot per this many ms (a scrubber dragged fast). */
export const SEND_INTERVAL_MS = 50;

/** Which camera move came last on this page (a preset or the hands close-up). */
let closeUpLast = false;
let seenCameraRequest = useViewStore.getState().cameraRequest;
let seenCloseUp = useHandCloseUpStore.getState().request;

function noteCameraMoves(): void {
  const { cameraRequest } = useViewStore.getState();
  const { request } = useHandCloseUpStore.getState();
  if (request !== seenCloseUp) closeUpLast = true;
  else if (cameraRequest !== seenCameraRequest) closeUpLast = false;
  seenCameraRequest = cameraRequest;
  seenCloseUp = request;
}
// Noted as they happen: read only when sending, a preset after a close-up looked simultaneous.
useViewStore.subscribe(noteCameraMoves);
useHandCloseUpStore.subscribe(noteCameraMoves);

export function readClassState(): ClassState {
  const playback = usePlaybackStore.getState();
  const view = useViewStore.getState();
  return {
    // The session coach is one person's own session (their safety check, their log): a class
    // watching an instructor who runs it sees the strokes in Watch instead.
    mode: view.mode === 'coach' ? 'train' : view.mode,
    playing: playback.playing,
    t: playbackClock.t,
    speed: playback.speed,
    timing: playback.timing,
    sessionMinutes: playback.sessionMinutes,
    loopPhase: playback.loopPhase,
    setup: useSetupStore.getState().showingSetup,
    leg: view.leg,
    camera: view.camera,
    // Following the hands, the camera moves on its own on every page: its requests are no news.
    cameraRequest: view.follow ? 0 : view.cameraRequest,
    followHands: view.follow,
    closeUp: useHandCloseUpStore.getState().request,
    closeUpLast,
    layers: { ...view.layers },
    skinOpacity: view.skinOpacity,
    wrongWay: useFlowStore.getState().wrongWay,
  };
}

const sameLayers = (a: Layers, b: Layers) => LAYERS.every((layer) => a[layer] === b[layer]);

function cameraShotChanged(state: ClassState, previous: ClassState | null): boolean {
  return (
    previous === null ||
    previous.followHands !== state.followHands ||
    previous.camera !== state.camera ||
    previous.cameraRequest !== state.cameraRequest ||
    previous.closeUp !== state.closeUp ||
    previous.closeUpLast !== state.closeUpLast
  );
}

/**
 * Makes this page show `state`. `previous` is the last state applied (null to apply everything,
 * as on joining or returning to the instructor's view); `elapsedSeconds` is how long ago the
 * instructor sent it, so a playing lesson is met where it is now.
 */
export function applyClassState(
  state: ClassState,
  previous: ClassState | null,
  elapsedSeconds = 0,
): void {
  const view = useViewStore.getState();
  if (view.mode !== state.mode) view.setMode(state.mode);
  const playback = usePlaybackStore.getState();
  // The timeline's inputs first (timing, minutes, leg), then the moment on the new timeline.
  if (playback.timing !== state.timing) playback.setTiming(state.timing);
  if (playback.sessionMinutes !== state.sessionMinutes) {
    playback.setSessionMinutes(state.sessionMinutes);
  }
  if (state.timing === 'demo' && view.leg !== state.leg) view.setLeg(state.leg);
  if (playback.speed !== state.speed) playback.setSpeed(state.speed);
  if (playback.loopPhase !== state.loopPhase) playback.setLoopPhase(state.loopPhase);
  if (useFlowStore.getState().wrongWay !== state.wrongWay) {
    useFlowStore.getState().setWrongWay(state.wrongWay);
  }
  if (!sameLayers(view.layers, state.layers)) view.setLayers({ ...state.layers });
  if (view.skinOpacity !== state.skinOpacity) view.setSkinOpacity(state.skinOpacity);

  if (state.followHands) {
    if (!useViewStore.getState().follow) useViewStore.getState().setFollow(true);
  } else if (cameraShotChanged(state, previous)) {
    useViewStore.getState().setCamera(state.camera);
    if (state.closeUpLast) useHandCloseUpStore.getState().requestCloseUp();
  }

  const target = state.playing ? state.t + Math.max(0, elapsedSeconds) * state.speed : state.t;
  const tolerance = state.playing ? PLAYING_DRIFT_SECONDS : PAUSED_DRIFT_SECONDS;
  if (Math.abs(playbackClock.t - target) > tolerance) usePlaybackStore.getState().seek(target);
  const now = usePlaybackStore.getState();
  if (now.playing !== state.playing) {
    if (state.playing) now.play();
    else now.pause();
  }
  const setup = useSetupStore.getState();
  if (setup.showingSetup !== state.setup) setup.setShowingSetup(state.setup);
}

/** The state without its time, to tell a discrete change from the playhead moving. */
function discreteKey(state: ClassState): string {
  return JSON.stringify({ ...state, t: 0 });
}

/**
 * Calls `send` with the page's state whenever a student's view should change: at once for a
 * discrete change (at most every SEND_INTERVAL_MS), when the playhead jumps, and every
 * HEARTBEAT_MS while playing. Returns the function that stops watching.
 */
export function watchClassState(send: (state: ClassState) => void): () => void {
  let lastKey = '';
  let lastSentT = playbackClock.t;
  let lastSentAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const sendNow = () => {
    timer = undefined;
    const state = readClassState();
    lastKey = discreteKey(state);
    lastSentT = state.t;
    lastSentAt = performance.now();
    send(state);
  };
  const schedule = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, SEND_INTERVAL_MS - (performance.now() - lastSentAt));
    timer = setTimeout(sendNow, wait);
  };
  const onStores = () => {
    if (discreteKey(readClassState()) !== lastKey) schedule();
  };
  const onTime = (t: number) => {
    const { playing, speed } = usePlaybackStore.getState();
    if (!playing) {
      if (t !== lastSentT) schedule();
      return;
    }
    const expected = lastSentT + ((performance.now() - lastSentAt) / 1000) * speed;
    if (Math.abs(t - expected) > PLAYING_DRIFT_SECONDS) schedule();
  };
  const stops = [
    usePlaybackStore.subscribe(onStores),
    useViewStore.subscribe(onStores),
    useFlowStore.subscribe(onStores),
    useHandCloseUpStore.subscribe(onStores),
    useSetupStore.subscribe(onStores),
    onClockTime(onTime),
  ];
  const heartbeat = setInterval(() => {
    if (usePlaybackStore.getState().playing) schedule();
  }, HEARTBEAT_MS);
  sendNow();
  return () => {
    stops.forEach((stop) => stop());
    clearInterval(heartbeat);
    clearTimeout(timer);
  };
}
