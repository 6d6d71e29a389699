import { LAZY_TEXT } from '../strings';

/** Reloads the page: what brings back code the browser will not fetch again in this page. */
export function ReloadPageButton() {
  return (
    <button type="button" className="trainer-button" onClick={() => window.location.reload()}>
      {LAZY_TEXT.reload}
    </button>
  );
}
