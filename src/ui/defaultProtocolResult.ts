/**
 * The protocol built into the app: the default JSON document, checked by the same validation a
 * user's imported file goes through, so a broken default shows its problems instead of the guide.
 * (`src/protocol/defaultProtocol.ts` parses the same document but throws when it is invalid.)
 */
import defaultProtocolJson from '../protocol/defaultProtocol.json';
import { validateProtocol, type ValidationResult } from '../protocol/validate';

export const defaultProtocolResult: ValidationResult = validateProtocol(defaultProtocolJson);
