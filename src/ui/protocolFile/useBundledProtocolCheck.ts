import { useEffect, useState } from 'react';
import type { ValidationIssue } from '../../protocol/validation/issue';

/**
 * The built-in protocol's problems, or null while it is being checked and when it has none.
 * The check loads the validator lazily, after the first frame (the app uses the bundled document
 * as it is; see src/state/protocolStore.ts).
 */
export function useBundledProtocolCheck(): ValidationIssue[] | null {
  const [errors, setErrors] = useState<ValidationIssue[] | null>(null);
  useEffect(() => {
    let live = true;
    import('../defaultProtocolResult').then(
      ({ defaultProtocolResult }) => {
        if (live && !defaultProtocolResult.ok) setErrors(defaultProtocolResult.errors);
      },
      // The bundled protocol is in use either way; without its checker there is nothing to show.
      (error: unknown) => console.warn('Proximal: the built-in protocol was not checked.', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return errors;
}
