/**
 * A card over the stage that folds to one icon button: open, it shows its content beside the
 * button; folded, only the button covers the stage. Where the stage has no room beside the leg
 * (phones, tablets, small laptops) it starts folded and folds again when the lesson starts
 * playing, so nothing covers the leg while it moves. Presenter mode folds every drawer.
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
  children: ReactNode;
}

export function StageDrawer({
  icon,
  label,
  hint,
  testId,
  className,
  openWhenRoomy = false,
  children,
}: Props) {
  const roomy = useMediaQuery(ROOMY_STAGE);
  const [open, setOpen] = useState(
    () => openWhenRoomy && typeof window !== 'undefined' && window.matchMedia(ROOMY_STAGE).matches,
  );
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
    if (roomy) return;
    return usePlaybackStore.subscribe((state, previous) => {
      if (state.playing && !previous.playing) setOpen(false);
    });
  }, [roomy]);

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
