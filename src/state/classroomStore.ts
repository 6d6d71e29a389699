/**
 * The classroom as this page takes part in it: its role (instructor, student, or a tab following
 * another on the same device), whether it presents to a follower tab, the connection, the join code, whether a student follows the
 * instructor or looks around freely, and the roster the relay reports.
 */
import { create } from 'zustand';

export type ClassRole = 'none' | 'instructor' | 'student' | 'follower-tab';

export type ClassConnection =
  /** Not connected yet, or never (no class on this page). */
  | 'idle'
  | 'connecting'
  | 'open'
  /** Lost; trying again. */
  | 'reconnecting'
  /** A student's code names no class. */
  | 'no-class'
  /** Another page took this class over (an instructor's second tab or a reload elsewhere). */
  | 'replaced'
  /** The relay refused the instructor's secret. */
  | 'forbidden';

export interface ClassroomState {
  role: ClassRole;
  connection: ClassConnection;
  code: string | null;
  /** Where students open the app, for the instructor's QR code (the server's LAN address). */
  joinBase: string | null;
  /** A student (or follower tab) follows the instructor; false while looking around freely. */
  following: boolean;
  students: number;
  followingCount: number;
  instructorPresent: boolean;
  /** This tab feeds a follower tab on the same device (alone, or besides teaching a class). */
  presentingTab: boolean;
  /** Messages this page refused (malformed or oversized). */
  refused: number;
  set: (patch: Partial<Omit<ClassroomState, 'set'>>) => void;
}

export const useClassroomStore = create<ClassroomState>()((set) => ({
  role: 'none',
  connection: 'idle',
  code: null,
  joinBase: null,
  following: true,
  students: 0,
  followingCount: 0,
  instructorPresent: false,
  presentingTab: false,
  refused: 0,
  set: (patch) => set(patch),
}));
