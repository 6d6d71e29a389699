/**
 * Places to keep off, marked by the user: choose what is there and how large, then click or
 * tap the leg (or, without pointing, choose a level and a side); every mark is listed with a
 * button that removes it. The protocol's own marks are listed too, without one.
 */
import { useEffect, useId, useState } from 'react';
import {
  MARK_KINDS,
  MARK_LEVELS,
  MARK_SIDES,
  MAX_KEEP_OFF_MARKS,
  placeAt,
  type MarkKind,
  type MarkLevel,
  type MarkSide,
} from '../../anatomy/keepOffMarks';
import { useLegStore } from '../../state/legStore';
import { MARK_SIZES_CM, useMarksStore, type MarkSize } from '../../state/marksStore';
import { useProtocolStore } from '../../state/protocolStore';
import { useViewStore } from '../../state/viewStore';
import {
  MARK_KIND_LABELS,
  MARK_LEVEL_LABELS,
  MARK_SIDE_LABELS,
  MARK_SIZE_LABELS,
  MARK_TEXT,
} from '../strings';
import { markDescription, markWhere } from './markWords';

const SIZES = Object.keys(MARK_SIZES_CM) as MarkSize[];

export function MarksPanel() {
  const id = useId();
  const marks = useMarksStore((s) => s.marks);
  const placing = useMarksStore((s) => s.placing);
  const draftKind = useMarksStore((s) => s.draftKind);
  const draftSize = useMarksStore((s) => s.draftSize);
  const fromProtocol = useProtocolStore((s) => s.shown.keepOffMarks);
  const leg = useViewStore((s) => s.leg);
  const status = useLegStore((s) => s.status);
  const landmarks = status.kind === 'ready' ? status.model.landmarks : null;
  const [level, setLevel] = useState<MarkLevel>('lower-leg-high');
  const [side, setSide] = useState<MarkSide>('posterior');
  const [said, setSaid] = useState('');
  const full = marks.length >= MAX_KEEP_OFF_MARKS;

  // Esc cancels placing; a new mark is announced.
  useEffect(() => {
    if (!placing) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') useMarksStore.getState().setPlacing(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [placing]);

  useEffect(
    () =>
      useMarksStore.subscribe((state, previous) => {
        const added = state.marks.find((m) => !previous.marks.includes(m));
        if (added && state.marks.length > previous.marks.length) {
          const where = landmarks === null ? '' : markWhere(added, landmarks);
          setSaid(MARK_TEXT.placed(MARK_KIND_LABELS[added.kind], where));
        }
      }),
    [landmarks],
  );

  const addByKeyboard = () => {
    if (landmarks === null) return;
    useMarksStore.getState().addMark({ ...placeAt(landmarks, level, side), leg });
  };
  const remove = (markId: string, kind: MarkKind) => {
    useMarksStore.getState().removeMark(markId);
    setSaid(MARK_TEXT.removed(MARK_KIND_LABELS[kind]));
  };

  const onThisLeg = marks.filter((m) => m.leg === undefined || m.leg === leg);
  const onOtherLeg = marks.length - onThisLeg.length;
  const protocolMarks = (fromProtocol ?? []).filter((m) => m.leg === undefined || m.leg === leg);

  return (
    <section
      className="trainer-card marks-panel"
      aria-labelledby={`${id}-title`}
      data-testid="marks-panel"
    >
      <h2 id={`${id}-title`} className="phase-heading">
        <span className="phase-name">{MARK_TEXT.title}</span>
      </h2>
      <p className="trainer-note">{MARK_TEXT.intro}</p>
      <div className="marks-choices">
        <label htmlFor={`${id}-kind`}>{MARK_TEXT.kind}</label>
        <select
          id={`${id}-kind`}
          className="trainer-select"
          value={draftKind}
          onChange={(e) => useMarksStore.getState().setDraftKind(e.target.value as MarkKind)}
        >
          {MARK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {MARK_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-size`}>{MARK_TEXT.size}</label>
        <select
          id={`${id}-size`}
          className="trainer-select"
          value={draftSize}
          onChange={(e) => useMarksStore.getState().setDraftSize(e.target.value as MarkSize)}
        >
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {MARK_SIZE_LABELS[size](2 * MARK_SIZES_CM[size])}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="trainer-button trainer-button--primary"
        aria-pressed={placing}
        disabled={full || landmarks === null}
        onClick={() => useMarksStore.getState().setPlacing(!placing)}
        data-testid="mark-place"
      >
        {placing ? MARK_TEXT.cancel : MARK_TEXT.place}
      </button>
      {placing && (
        <p className="marks-placing" role="status">
          {MARK_TEXT.placing}
        </p>
      )}
      <fieldset className="marks-keyboard">
        <legend>{MARK_TEXT.keyboardTitle}</legend>
        <label htmlFor={`${id}-level`}>{MARK_TEXT.level}</label>
        <select
          id={`${id}-level`}
          className="trainer-select"
          value={level}
          onChange={(e) => setLevel(e.target.value as MarkLevel)}
        >
          {MARK_LEVELS.map((value) => (
            <option key={value} value={value}>
              {MARK_LEVEL_LABELS[value]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-side`}>{MARK_TEXT.side}</label>
        <select
          id={`${id}-side`}
          className="trainer-select"
          value={side}
          onChange={(e) => setSide(e.target.value as MarkSide)}
        >
          {MARK_SIDES.map((value) => (
            <option key={value} value={value}>
              {MARK_SIDE_LABELS[value]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="trainer-button"
          disabled={full || landmarks === null}
          onClick={addByKeyboard}
        >
          {MARK_TEXT.add}
        </button>
      </fieldset>
      {full && <p className="trainer-note">{MARK_TEXT.full(MAX_KEEP_OFF_MARKS)}</p>}
      <ul className="marks-list" aria-label={MARK_TEXT.listLabel} data-testid="marks-list">
        {protocolMarks.map((mark) => (
          <li key={mark.id}>
            <span>
              {markDescription(mark, landmarks)} {MARK_TEXT.fromProtocol}
            </span>
          </li>
        ))}
        {onThisLeg.map((mark) => {
          const text = markDescription(mark, landmarks);
          return (
            <li key={mark.id}>
              <span>{text}</span>
              <button
                type="button"
                className="trainer-button"
                aria-label={MARK_TEXT.removeLabel(text)}
                onClick={() => remove(mark.id, mark.kind)}
              >
                {MARK_TEXT.remove}
              </button>
            </li>
          );
        })}
      </ul>
      {onThisLeg.length + protocolMarks.length === 0 && (
        <p className="trainer-note">{MARK_TEXT.none}</p>
      )}
      {onOtherLeg > 0 && <p className="trainer-note">{MARK_TEXT.otherLeg(onOtherLeg)}</p>}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
