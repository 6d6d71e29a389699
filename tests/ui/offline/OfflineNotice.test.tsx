/**
 * The offline notes as a learner meets them: the update is offered, never applied without the
 * button, and waits while the lesson plays or the session coach runs; "Later" puts it off; the
 * "available offline" note shows once and goes when dismissed.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCoachStore } from '../../../src/state/coach/coachStore';
import { setActivateWaitingVersion, useOfflineStore } from '../../../src/state/offlineStore';
import { usePlaybackStore } from '../../../src/state/playbackStore';
import { useViewStore } from '../../../src/state/viewStore';
import { OfflineNotice } from '../../../src/ui/offline/OfflineNotice';
import { OFFLINE_TEXT } from '../../../src/ui/offline/offlineStrings';

let activations = 0;

beforeEach(() => {
  useOfflineStore.setState(useOfflineStore.getInitialState(), true);
  usePlaybackStore.setState(usePlaybackStore.getInitialState(), true);
  useViewStore.setState(useViewStore.getInitialState(), true);
  useCoachStore.setState(useCoachStore.getInitialState(), true);
  activations = 0;
  setActivateWaitingVersion(() => {
    activations += 1;
    return Promise.resolve();
  });
});

const updateButton = () => screen.queryByRole('button', { name: OFFLINE_TEXT.update });

describe('OfflineNotice', () => {
  it('shows nothing until the worker has something to say', () => {
    render(<OfflineNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers the update and lets the new version take over only when asked', async () => {
    render(<OfflineNotice />);
    act(() => useOfflineStore.getState().setUpdateWaiting());
    expect(screen.getByRole('status')).toHaveTextContent(OFFLINE_TEXT.updateReady);
    expect(activations).toBe(0);
    await userEvent.click(updateButton() as HTMLElement);
    expect(activations).toBe(1);
    expect(useOfflineStore.getState().updateRequested).toBe(true);
    // Pressed once: the page reloads when the new version has taken over; no second request.
    expect(updateButton()).toBeDisabled();
  });

  it('waits while the lesson plays, and comes back when it pauses', () => {
    render(<OfflineNotice />);
    act(() => {
      useOfflineStore.getState().setUpdateWaiting();
      usePlaybackStore.setState({ playing: true });
    });
    expect(updateButton()).toBeNull();
    act(() => usePlaybackStore.setState({ playing: false }));
    expect(updateButton()).not.toBeNull();
  });

  it('waits through the session coach, up to its week view', () => {
    render(<OfflineNotice />);
    act(() => {
      useOfflineStore.getState().setUpdateWaiting();
      useViewStore.getState().setMode('coach');
    });
    for (const step of ['check', 'prepare', 'session', 'log'] as const) {
      act(() => useCoachStore.setState({ step }));
      expect(updateButton(), step).toBeNull();
    }
    act(() => useCoachStore.setState({ step: 'week' }));
    expect(updateButton()).not.toBeNull();
  });

  it('puts the update off with "Later" until another version arrives', async () => {
    render(<OfflineNotice />);
    act(() => useOfflineStore.getState().setUpdateWaiting());
    await userEvent.click(screen.getByRole('button', { name: OFFLINE_TEXT.later }));
    expect(updateButton()).toBeNull();
    expect(activations).toBe(0);
    act(() => useOfflineStore.getState().setUpdateWaiting());
    expect(updateButton()).not.toBeNull();
  });

  it('says once that the app is available offline, until dismissed', async () => {
    render(<OfflineNotice />);
    act(() => useOfflineStore.getState().setOfflineReady());
    expect(screen.getByRole('status')).toHaveTextContent(OFFLINE_TEXT.offlineReady);
    await userEvent.click(screen.getByRole('button', { name: OFFLINE_TEXT.dismiss }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('gives the update priority over the offline note', () => {
    render(<OfflineNotice />);
    act(() => {
      useOfflineStore.getState().setOfflineReady();
      useOfflineStore.getState().setUpdateWaiting();
    });
    expect(screen.getByRole('status')).toHaveTextContent(OFFLINE_TEXT.updateReady);
  });
});
