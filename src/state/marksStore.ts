/**
 * The places the user marked on the leg to keep off (saved with the preferences), and the
 * mark being prepared: its kind and size, and whether the next click on the skin places it.
 */
import { create } from 'zustand';
import { MAX_KEEP_OFF_MARKS, type KeepOffMark, type MarkKind } from '../anatomy/keepOffMarks';
import type { LegSide } from '../anatomy/names';

/** Sizes offered when marking, as a radius on the skin in centimetres. */
export const MARK_SIZES_CM = { small: 2, medium: 4, large: 7 } as const;
export type MarkSize = keyof typeof MARK_SIZES_CM;

interface MarksState {
  marks: KeepOffMark[];
  /** True while the next click or tap on the skin places a mark. */
  placing: boolean;
  draftKind: MarkKind;
  draftSize: MarkSize;
  setMarks: (marks: KeepOffMark[]) => void;
  /** Adds a mark of the draft's kind and size at (s, θ) on `leg`; stops placing. */
  addMark: (place: { s: number; theta: number; leg: LegSide }) => KeepOffMark | null;
  removeMark: (id: string) => void;
  setPlacing: (placing: boolean) => void;
  setDraftKind: (kind: MarkKind) => void;
  setDraftSize: (size: MarkSize) => void;
}

function newMarkId(): string {
  return `mark-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

export const useMarksStore = create<MarksState>()((set, get) => ({
  marks: [],
  placing: false,
  draftKind: 'wound',
  draftSize: 'medium',
  setMarks: (marks) => set({ marks: marks.slice(0, MAX_KEEP_OFF_MARKS) }),
  addMark: ({ s, theta, leg }) => {
    const { marks, draftKind, draftSize } = get();
    if (marks.length >= MAX_KEEP_OFF_MARKS) {
      set({ placing: false });
      return null;
    }
    const mark: KeepOffMark = {
      id: newMarkId(),
      kind: draftKind,
      leg,
      s,
      theta,
      radiusCm: MARK_SIZES_CM[draftSize],
    };
    set({ marks: [...marks, mark], placing: false });
    return mark;
  },
  removeMark: (id) => set((state) => ({ marks: state.marks.filter((mark) => mark.id !== id) })),
  setPlacing: (placing) => set({ placing }),
  setDraftKind: (draftKind) => set({ draftKind }),
  setDraftSize: (draftSize) => set({ draftSize }),
}));
