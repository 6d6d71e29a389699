/**
 * This page's part in a classroom, started from its URL:
 *
 * - `?teach`: the instructor. Opens a class on the relay (or takes its own back after a reload,
 *   with the secret kept in localStorage, which a second instructor tab shares) and sends the
 *   class state on every change.
 * - `?join=CODE` (or `?join` and a code typed in): a student. Follows the instructor's state,
 *   can look around freely and return; reconnects and catches up on its own.
 * - `?follow=tab`: a follower tab on the same device (the projector), fed by the presenting tab
 *   through a BroadcastChannel, with no server at all.
 */
import type { ClassState } from '../classroom/classState';
import { normalizeJoinCode } from '../classroom/joinCode';
import {
  encodeMessage,
  parseServerMessage,
  parseTabMessage,
  SECRET_PATTERN,
  type ClientMessage,
  type TabMessage,
} from '../classroom/messages';
import { applyClassState, readClassState, watchClassState } from './classStateBridge';
import { useClassroomStore, type ClassRole } from './classroomStore';
import { classroomUrl, openClassroomSocket, type ClassroomSocket } from './classroomSocket';
import { usePlaybackStore } from './playbackStore';

export const TAB_CHANNEL = 'proximal-classroom';
const INSTRUCTOR_KEY = 'proximal.classroom.instructor';
const PRESENTING_KEY = 'proximal.classroom.presenting';
/** A student whose code names no class yet asks again this often (the instructor may be back). */
const NO_CLASS_RETRY_MS = 3000;

export type ClassroomStart =
  | { kind: 'none' }
  | { kind: 'instructor' }
  | { kind: 'student'; code: string | null }
  | { kind: 'follower-tab' };

/** What a page's URL asks for. */
export function classroomStartOf(search: string): ClassroomStart {
  const params = new URLSearchParams(search);
  if (params.has('teach')) return { kind: 'instructor' };
  if (params.has('join'))
    return { kind: 'student', code: normalizeJoinCode(params.get('join') ?? '') };
  if (params.get('follow') === 'tab') return { kind: 'follower-tab' };
  return { kind: 'none' };
}

const store = () => useClassroomStore.getState();
const countRefused = () => store().set({ refused: store().refused + 1 });

/** Receives states and shows them while following; remembers the last one for the way back. */
function createFollower(onFollowing: (following: boolean) => void) {
  let last: { state: ClassState; at: number; seq: number | null } | null = null;
  let applied: ClassState | null = null;
  let applying = false;
  const elapsed = () => (last === null ? 0 : (performance.now() - last.at) / 1000);
  const show = (previous: ClassState | null) => {
    if (last === null || !store().following || applying) return;
    applying = true;
    try {
      applyClassState(last.state, previous, elapsed());
      applied = last.state;
    } finally {
      applying = false;
    }
  };
  // The timeline arrives (or is rebuilt for another leg) after a state: meet the moment again.
  const offTimeline = usePlaybackStore.subscribe((s, p) => {
    if (s.timeline !== p.timeline) show(applied);
  });
  return {
    receive(state: ClassState, seq: number | null, restart = false) {
      if (!restart && seq !== null && last?.seq != null && seq <= last.seq) return;
      last = { state, at: performance.now(), seq };
      show(restart ? null : applied);
    },
    setFollowing(following: boolean) {
      store().set({ following });
      onFollowing(following);
      if (following) show(null);
    },
    stop: offTimeline,
  };
}

let current: {
  stop: () => void;
  follower?: ReturnType<typeof createFollower>;
  takeBack?: () => void;
} | null = null;

function begin(role: ClassRole): void {
  current?.stop();
  current = null;
  store().set({
    role,
    connection: 'connecting',
    code: null,
    following: true,
    students: 0,
    followingCount: 0,
    instructorPresent: false,
  });
}

function savedInstructor(): { code?: string; secret?: string } {
  try {
    const saved = JSON.parse(localStorage.getItem(INSTRUCTOR_KEY) ?? '{}') as Record<
      string,
      unknown
    >;
    const code = typeof saved.code === 'string' ? normalizeJoinCode(saved.code) : null;
    const secret = typeof saved.secret === 'string' ? saved.secret : '';
    return code !== null && SECRET_PATTERN.test(secret) ? { code, secret } : {};
  } catch {
    return {};
  }
}

function startInstructor(): void {
  begin('instructor');
  let stopWatch: (() => void) | null = null;
  let replaced = false;
  let firstWelcome = true;
  const say = (message: ClientMessage) => socket.send(encodeMessage(message));
  const hello = () => say({ type: 'hello', role: 'instructor', ...savedInstructor() });
  const socket: ClassroomSocket = openClassroomSocket(classroomUrl(location), {
    onOpen: () => {
      if (!replaced) hello();
    },
    onDown: () => {
      stopWatch?.();
      stopWatch = null;
      if (!replaced) store().set({ connection: 'reconnecting' });
    },
    onText: (raw) => {
      const parsed = parseServerMessage(raw);
      if (!parsed.ok) return countRefused();
      const message = parsed.message;
      switch (message.type) {
        case 'welcome':
          try {
            localStorage.setItem(
              INSTRUCTOR_KEY,
              JSON.stringify({ code: message.code, secret: message.secret }),
            );
          } catch {
            // Without storage a reload opens a new class; the class still runs.
          }
          store().set({
            connection: 'open',
            code: message.code,
            joinBase: message.joinBase ?? null,
            instructorPresent: true,
          });
          // A reload takes the class back where it was.
          if (firstWelcome && message.state !== null) applyClassState(message.state, null);
          firstWelcome = false;
          stopWatch?.();
          stopWatch = watchClassState((state) => say({ type: 'state', state }));
          break;
        case 'roster':
          store().set({ students: message.students, followingCount: message.following });
          break;
        case 'replaced':
          replaced = true;
          stopWatch?.();
          stopWatch = null;
          store().set({ connection: 'replaced' });
          break;
        case 'refused':
          if (message.reason === 'forbidden') {
            // A stale secret (another class has the code now): open a new class instead.
            localStorage.removeItem(INSTRUCTOR_KEY);
            hello();
          }
          break;
        case 'state':
          break;
      }
    },
  });
  current = {
    stop: () => {
      stopWatch?.();
      socket.close();
    },
    takeBack: () => {
      replaced = false;
      store().set({ connection: 'connecting' });
      hello();
    },
  };
}

function startStudent(code: string): void {
  begin('student');
  store().set({ code });
  let retry: ReturnType<typeof setTimeout> | undefined;
  const say = (message: ClientMessage) => socket.send(encodeMessage(message));
  const follower = createFollower((following) => say({ type: 'following', following }));
  const hello = () => say({ type: 'hello', role: 'student', code });
  const socket: ClassroomSocket = openClassroomSocket(classroomUrl(location), {
    onOpen: hello,
    onDown: () => store().set({ connection: 'reconnecting' }),
    onText: (raw) => {
      const parsed = parseServerMessage(raw);
      if (!parsed.ok) return countRefused();
      const message = parsed.message;
      switch (message.type) {
        case 'welcome':
          store().set({ connection: 'open', instructorPresent: message.instructorPresent });
          // The relay counts a (re)joined student as following: tell it otherwise.
          if (!store().following) say({ type: 'following', following: false });
          if (message.state !== null) follower.receive(message.state, message.seq, true);
          break;
        case 'state':
          follower.receive(message.state, message.seq);
          break;
        case 'roster':
          store().set({
            students: message.students,
            followingCount: message.following,
            instructorPresent: message.instructorPresent,
          });
          break;
        case 'refused':
          if (message.reason === 'no-class') {
            store().set({ connection: 'no-class' });
            clearTimeout(retry);
            retry = setTimeout(hello, NO_CLASS_RETRY_MS);
          }
          break;
        case 'replaced':
          break;
      }
    },
  });
  current = {
    follower,
    stop: () => {
      clearTimeout(retry);
      follower.stop();
      socket.close();
    },
  };
}

function openTabChannel(onMessage: (message: TabMessage) => void): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(TAB_CHANNEL);
  channel.addEventListener('message', (event: MessageEvent) => {
    // Another tab may send anything on this name: read it like any message from outside.
    const parsed = parseTabMessage(event.data);
    if (parsed.ok) onMessage(parsed.message);
    else countRefused();
  });
  return channel;
}

const post = (channel: BroadcastChannel | null, message: TabMessage) =>
  channel?.postMessage(encodeMessage(message));

function startFollowerTab(): void {
  begin('follower-tab');
  const follower = createFollower(() => undefined);
  const channel = openTabChannel((message) => {
    if (message.type !== 'state') return;
    store().set({ connection: 'open', instructorPresent: true });
    follower.receive(message.state, null);
  });
  post(channel, { type: 'hello' });
  current = {
    follower,
    stop: () => {
      follower.stop();
      channel?.close();
    },
  };
}

/** Feeding follower tabs runs beside whatever else the page does (it may teach a class too). */
let stopPresenter: (() => void) | null = null;

function startPresenterTab(): void {
  if (stopPresenter !== null) return;
  const channel = openTabChannel((message) => {
    if (message.type === 'hello') post(channel, { type: 'state', state: readClassState() });
  });
  const stopWatch = watchClassState((state) => post(channel, { type: 'state', state }));
  store().set({ presentingTab: true });
  try {
    sessionStorage.setItem(PRESENTING_KEY, '1');
  } catch {
    // Without storage a reload stops presenting; nothing else changes.
  }
  stopPresenter = () => {
    stopWatch();
    channel?.close();
    store().set({ presentingTab: false });
    try {
      sessionStorage.removeItem(PRESENTING_KEY);
    } catch {
      // as above
    }
  };
}

/** Starts what the URL asks for. Called once at start-up. */
export function startClassroomFromUrl(): void {
  let presenting = false;
  try {
    presenting = sessionStorage.getItem(PRESENTING_KEY) === '1';
  } catch {
    // no storage: not presenting
  }
  const start = classroomStartOf(location.search);
  if (start.kind === 'instructor') startInstructor();
  else if (start.kind === 'student') {
    if (start.code !== null) startStudent(start.code);
    else store().set({ role: 'student', connection: 'idle', code: null });
  } else if (start.kind === 'follower-tab') startFollowerTab();
  if (presenting && start.kind !== 'follower-tab') startPresenterTab();
}

/** A student types a code: join that class (and keep it in the URL for a reload). */
export function joinClass(code: string): void {
  const url = new URL(location.href);
  url.searchParams.set('join', code);
  history.replaceState(history.state, '', url);
  startStudent(code);
}

/** This tab presents; a new tab follows it (the projector). */
export function presentToNewTab(): void {
  startPresenterTab();
  const url = new URL(location.href);
  url.search = '?follow=tab';
  window.open(url.href, '_blank');
}

export function stopPresenting(): void {
  stopPresenter?.();
  stopPresenter = null;
}

/** A student looks around freely (false) or returns to the instructor's view (true). */
export function setFollowing(following: boolean): void {
  current?.follower?.setFollowing(following);
}

/** The instructor page that was replaced takes its class back. */
export function takeClassBack(): void {
  current?.takeBack?.();
}
