/**
 * The mode in the address and in the browser's history: `?mode=watch|practice|read|session` opens that
 * mode, each switch is a history entry (Back returns to the previous mode, not off the app), and
 * a return visit without a link starts where the last one stopped (mode and moment).
 */
import { useEffect, useState } from 'react';
import { playbackClock } from '../../state/clock';
import { MODES, useViewStore, type Mode } from '../../state/viewStore';

const PARAM = 'mode';
const NAME_OF: Record<Mode, string> = {
  train: 'watch',
  practice: 'practice',
  read: 'read',
  coach: 'session',
};
const STORAGE_KEY = 'proximal.lastPosition';
/** URL parameters that name a moment (see src/state/deepLink.ts). */
const MOMENT_PARAMS = ['t', 'phase', 'span'];

export function modeFromSearch(search: string): Mode | null {
  const name = new URLSearchParams(search).get(PARAM)?.trim().toLowerCase();
  return MODES.find((mode) => NAME_OF[mode] === name) ?? null;
}

export function searchWithMode(search: string, mode: Mode): string {
  const params = new URLSearchParams(search);
  params.set(PARAM, NAME_OF[mode]);
  return `?${params.toString()}`;
}

interface LastPosition {
  mode: Mode;
  t: number;
}

function readLastPosition(): LastPosition | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { mode, t } = value as Record<string, unknown>;
    const known = MODES.find((m) => m === mode);
    if (known === undefined || typeof t !== 'number' || !Number.isFinite(t) || t < 0) return null;
    return { mode: known, t };
  } catch {
    return null; // unreadable or no storage: start at the beginning
  }
}

function saveLastPosition(): void {
  try {
    const position: LastPosition = {
      mode: useViewStore.getState().mode,
      t: Math.round(playbackClock.t * 10) / 10,
    };
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(position));
  } catch {
    // No storage: nothing is remembered, as the saved-data notice already says.
  }
}

/** Before anything reads the address: the link's mode, else the last visit's mode and moment. */
function startFromAddress(): void {
  const { pathname, search, hash } = window.location;
  const linked = modeFromSearch(search);
  const params = new URLSearchParams(search);
  const hasMoment = MOMENT_PARAMS.some((key) => params.has(key));
  const last = linked === null && !hasMoment ? readLastPosition() : null;
  const mode = linked ?? last?.mode ?? useViewStore.getState().mode;
  if (last !== null && last.t > 0) params.set('t', String(last.t));
  const next = searchWithMode(`?${params.toString()}`, mode);
  window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  useViewStore.getState().setMode(mode);
}

export function useModeHistory(): void {
  useState(startFromAddress);
  useEffect(() => {
    let fromHistory = false;
    const offMode = useViewStore.subscribe((state, previous) => {
      if (state.mode === previous.mode) return;
      saveLastPosition();
      if (fromHistory) return;
      const { pathname, search, hash } = window.location;
      window.history.pushState(null, '', `${pathname}${searchWithMode(search, state.mode)}${hash}`);
    });
    const onPopState = () => {
      const mode = modeFromSearch(window.location.search) ?? 'train';
      fromHistory = true;
      useViewStore.getState().setMode(mode);
      fromHistory = false;
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') saveLastPosition();
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', saveLastPosition);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      offMode();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', saveLastPosition);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);
}
