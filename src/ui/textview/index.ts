/** The protocol as a document: the "Read" mode and the no-WebGL fallback. */
export { ProtocolTextView } from './ProtocolTextView';
