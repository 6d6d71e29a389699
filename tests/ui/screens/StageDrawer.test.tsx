/**
 * A stage card: folded at first where the stage has no room (happy-dom matches no media query),
 * folded again when the lesson starts playing, except a card watched during play; opened when
 * what it shows is turned on.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { usePlaybackStore } from '../../../src/state/playbackStore';
import { StageDrawer } from '../../../src/ui/screens/StageDrawer';

afterEach(() => usePlaybackStore.setState(usePlaybackStore.getInitialState(), true));

function Card({ foldOnPlay, openWhen }: { foldOnPlay?: boolean; openWhen?: boolean }) {
  return (
    <StageDrawer icon={null} label="Card" testId="card" foldOnPlay={foldOnPlay} openWhen={openWhen}>
      <p>Inside</p>
    </StageDrawer>
  );
}

const button = () => screen.getByRole('button', { name: 'Card' });

describe('StageDrawer', () => {
  it('starts folded on a small stage and opens from its button', async () => {
    render(<Card />);
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Inside')).not.toBeVisible();
    await userEvent.click(button());
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Inside')).toBeVisible();
  });

  it('folds again when the lesson starts playing', async () => {
    render(<Card />);
    await userEvent.click(button());
    act(() => usePlaybackStore.setState({ playing: true }));
    expect(button()).toHaveAttribute('aria-expanded', 'false');
  });

  it('stays open while playing when it is watched during play', async () => {
    render(<Card foldOnPlay={false} />);
    await userEvent.click(button());
    act(() => usePlaybackStore.setState({ playing: true }));
    expect(button()).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens when what it shows is turned on, and can still be folded by hand', async () => {
    const { rerender } = render(<Card openWhen={false} />);
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    rerender(<Card openWhen />);
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(button());
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    rerender(<Card openWhen />);
    expect(button()).toHaveAttribute('aria-expanded', 'false');
  });
});
