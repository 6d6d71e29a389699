import { useEffect, useRef, useState } from 'react';
import { LinkIcon } from '../icons/StageIcons';
import { trainerStrings } from '../strings';
import { writeViewToUrl } from './viewUrl';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; href: string };

/** How long "Link copied" stays on screen. */
const COPIED_MS = 4000;

/**
 * Copies a link to this exact view. Where the clipboard is not available, shows the link in a
 * read-only field, selected, to copy by hand. Announces the result politely.
 */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  const t = trainerStrings.view;

  useEffect(() => {
    if (state.kind === 'manual') fieldRef.current?.select();
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    writeViewToUrl();
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', href });
    }
  };

  return (
    <div className="trainer-copy">
      <button
        type="button"
        className="stage-tool"
        aria-label={t.copyLinkLabel}
        title={t.copyLinkLabel}
        data-testid="copy-link"
        onClick={() => void copy()}
      >
        <LinkIcon />
        <span className="stage-tool-label">{t.copyLink}</span>
      </button>
      <span role="status" className="trainer-copy-status">
        {state.kind === 'copied' ? t.linkCopied : ''}
      </span>
      {state.kind === 'manual' && (
        <label className="trainer-copy-manual">
          {t.copyFallback}
          <input
            ref={fieldRef}
            type="text"
            readOnly
            value={state.href}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}
