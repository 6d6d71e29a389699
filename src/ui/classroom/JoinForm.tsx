import { useId, useState, type FormEvent } from 'react';
import { normalizeJoinCode } from '../../classroom/joinCode';
import { joinClass } from '../../state/classroomSession';
import { CLASSROOM_TEXT as T } from './classroomStrings';

/** A student with no code in the link types the one on the instructor's screen. */
export function JoinForm() {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [bad, setBad] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeJoinCode(typed);
    setBad(code === null);
    if (code !== null) joinClass(code);
  };
  return (
    <form className="classroom-join" onSubmit={submit} data-testid="classroom-join">
      <strong>{T.joinTitle}</strong>
      <label htmlFor={id}>{T.joinCodeLabel}</label>
      <input
        id={id}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        aria-describedby={`${id}-hint`}
        aria-invalid={bad}
        data-testid="classroom-code-input"
      />
      <span id={`${id}-hint`} className="classroom-hint">
        {bad ? T.joinBadCode : T.joinCodeHint}
      </span>
      <button type="submit" className="trainer-button" data-testid="classroom-join-button">
        {T.joinButton}
      </button>
    </form>
  );
}
