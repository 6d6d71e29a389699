/**
 * The default protocol, parsed once. The document itself lives in `defaultProtocol.json`, in the
 * same format a user imports; its tests check that it validates and carries the whole method.
 */
import document from './defaultProtocol.json';
import { protocolSchema, type Protocol } from './schema';

export const defaultProtocolDocument: unknown = document;

export const defaultProtocol: Protocol = protocolSchema.parse(document);
