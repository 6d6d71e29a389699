/** The default protocol, as the tests read it: the JSON document the app ships, validated. */
import document from '../../../src/protocol/defaultProtocol.json';
import type { Protocol } from '../../../src/protocol/schema';
import { validateProtocol } from '../../../src/protocol/validate';

function load(): Protocol {
  const result = validateProtocol(document);
  if (!result.ok) {
    throw new Error(`The default protocol is invalid: ${JSON.stringify(result.errors, null, 2)}`);
  }
  return result.protocol;
}

export const defaultProtocol: Protocol = load();
