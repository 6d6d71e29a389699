/**
 * A card over the stage that folds to one icon button: open, it shows its content beside the
 * button; folded, only the button covers the stage. Where the stage has no room beside the leg
 * (phones, tablets, small laptops) it starts folded and folds again when the lesson starts
 * playing, so nothing covers the leg while it moves — except a card whose content is watched
 * while the lesson plays (the valves close-up), which stays open. Presenter mode folds every drawer.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { usePlaybackStore } from '../../state/playbackStore';
import { useViewStore } from '../../state/viewStore';
import { ROOMY_STAGE, useMediaQuery } from './useMediaQuery';

interface Props {
  icon: ReactNode;
  /** The button's visible label (shown beside the icon where there is room). */
  label: string;
  /** A longer description for the button's tooltip (its name stays the visible label). */
  hint?: string;
  testId: string;
  className?: string;
  /** Open at first where the stage is roomy (the valves card, the key). */
  openWhenRoomy?: boolean;
  /** Opens the card when it turns true (the learner turned on what the card shows). */
  openWhen?: boolean;
  /** Fold when the lesson starts playing on a small stage (default). False for a card that is
   *  watched while the lesson plays: folding it would hide what the learner opened it for. */
  foldOnPlay?: boolean;
  children: ReactNode;
}

export function StageDrawer({
  icon,
  label,
  hint,
  testId,
  className,
  openWhenRoomy = false,
  openWhen = false,
  foldOnPlay = true,
  children,
}: Props) {
  const roomy = useMediaQuery(ROOMY_STAGE);
  const [open, setOpen] = useState(
    () => openWhenRoomy && typeof window !== 'undefined' && window.matchMedia(ROOMY_STAGE).matches,
  );
  // Open as `openWhen` turns true (state adjusted while rendering, as React advises).
  const [openedFor, setOpenedFor] = useState(false);
  if (openWhen !== openedFor) {
    setOpenedFor(openWhen);
    if (openWhen) setOpen(true);
  }
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Presenter mode gives the leg the screen: every card folds as it starts.
  useEffect(
    () =>
      useViewStore.subscribe((state, previous) => {
        if (state.presenter && !previous.presenter) setOpen(false);
      }),
    [],
  );

  useEffect(() => {
    if (roomy || !foldOnPlay) return;
    return usePlaybackStore.subscribe((state, previous) => {
      if (state.playing && !previous.playing) setOpen(false);
    });
  }, [roomy, foldOnPlay]);

  return (
    <div className={`stage-drawer ${className ?? ''}`} data-open={open} data-testid={testId}>
      <button
        ref={button}
        type="button"
        className="stage-tool"
        aria-expanded={open}
        aria-controls={panelId}
        title={hint ?? label}
        data-testid={`${testId}-button`}
        onClick={() => setOpen(!open)}
      >
        {icon}
        <span className="stage-tool-label">{label}</span>
      </button>
      <div
        id={panelId}
        className="stage-drawer-panel"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }}
      >
        {children}
      </div>
    </div>
  );
}
