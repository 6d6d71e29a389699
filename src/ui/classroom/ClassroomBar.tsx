import { useState } from 'react';
import { formatJoinCode } from '../../classroom/joinCode';
import { setFollowing, stopPresenting, takeClassBack } from '../../state/classroomSession';
import { useClassroomStore, type ClassroomState } from '../../state/classroomStore';
import { CLASSROOM_TEXT as T } from './classroomStrings';
import { JoinForm } from './JoinForm';
import { JoinQr } from './JoinQr';
import './classroom.css';

/**
 * The classroom strip under the header, on pages in a class: the instructor's join code, QR code
 * and roster; a student's "following" state with the one button that steps out or returns; a tab
 * presenting to, or following, another tab. Nothing on a page outside a class.
 */
export function ClassroomBar() {
  const room = useClassroomStore();
  if (room.role === 'none' && !room.presentingTab) return null;
  return (
    <section
      className="classroom-bar"
      aria-label={T.barLabel}
      data-testid="classroom-bar"
      data-role={room.role}
      data-connection={room.connection}
      data-following={room.following}
    >
      {room.role === 'instructor' ? (
        <InstructorBar room={room} />
      ) : room.role === 'student' && room.code === null ? (
        <JoinForm />
      ) : room.role !== 'none' ? (
        <FollowerBar room={room} />
      ) : null}
      {room.presentingTab && (
        <span className="classroom-presenting">
          <span role="status" data-testid="classroom-presenting">
            {T.presenting}
          </span>
          <button type="button" className="trainer-button" onClick={stopPresenting}>
            {T.stopPresenting}
          </button>
        </span>
      )}
    </section>
  );
}

function InstructorBar({ room }: { room: ClassroomState }) {
  const [large, setLarge] = useState(false);
  if (room.connection === 'replaced') {
    return (
      <>
        <p className="classroom-status" role="status">
          {T.replaced}
        </p>
        <button type="button" className="trainer-button" onClick={takeClassBack}>
          {T.takeBack}
        </button>
      </>
    );
  }
  if (room.code === null) {
    return (
      <p className="classroom-status" role="status">
        {room.connection === 'reconnecting' ? T.noServer : T.opening}
      </p>
    );
  }
  const base = room.joinBase ?? window.location.origin;
  const joinUrl = `${base}/?join=${room.code}`;
  return (
    <>
      <JoinQr text={joinUrl} label={T.qrLabel(joinUrl)} size={large ? 240 : 72} />
      <div className="classroom-code-block">
        <span className="classroom-code-label">{T.codeLabel}</span>
        <span className="classroom-code" data-testid="classroom-code" data-code={room.code}>
          {formatJoinCode(room.code)}
        </span>
      </div>
      <div className="classroom-details">
        <span className="classroom-hint">{T.joinAt(`${base}/?join`)}</span>
        <span role="status" data-testid="classroom-roster">
          {room.connection === 'reconnecting'
            ? T.reconnecting
            : T.roster(room.students, room.followingCount)}
        </span>
      </div>
      <button
        type="button"
        className="trainer-button"
        aria-pressed={large}
        onClick={() => setLarge(!large)}
      >
        {large ? T.qrSmaller : T.qrLarger}
      </button>
    </>
  );
}

function followerStatus(room: ClassroomState): string {
  const tab = room.role === 'follower-tab';
  if (room.connection === 'reconnecting') return T.reconnecting;
  if (room.connection === 'no-class') return T.noClass(formatJoinCode(room.code ?? ''));
  if (room.connection === 'connecting') {
    return tab ? T.waitingTab : T.joining(formatJoinCode(room.code ?? ''));
  }
  if (!tab && !room.instructorPresent) return T.instructorAway;
  if (!room.following) return tab ? T.freeTab : T.free;
  return tab ? T.followingTab : T.following;
}

function FollowerBar({ room }: { room: ClassroomState }) {
  return (
    <>
      <p className="classroom-status" role="status" data-testid="classroom-status">
        {followerStatus(room)}
      </p>
      <button
        type="button"
        className="trainer-button classroom-follow"
        aria-pressed={!room.following}
        data-testid="classroom-follow-toggle"
        onClick={() => setFollowing(!room.following)}
      >
        {room.following ? T.stepOut : T.followAgain}
      </button>
    </>
  );
}
