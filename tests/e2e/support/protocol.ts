/** The default protocol, as the tests read it: straight from the JSON document the app ships. */
import document from '../../../src/protocol/defaultProtocol.json';
import { protocolSchema, type Protocol } from '../../../src/protocol/schema';

export const defaultProtocol: Protocol = protocolSchema.parse(document);
