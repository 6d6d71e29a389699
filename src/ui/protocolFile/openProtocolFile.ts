/**
 * Opens a protocol file: checked lazily (readProtocolFile.ts, with the validator); a good one
 * becomes the protocol in use and is kept in this browser, a bad one is reported in the errors
 * dialog while the current protocol stays.
 */
import { rememberProtocol } from '../../state/persistence/session';
import { PROTOCOL_FILE_TEXT } from '../strings';
import { useProtocolFileStore } from '../../state/protocolFileStore';
import type { ProtocolFileSource } from './readProtocolFile';

export async function openProtocolFile(file: ProtocolFileSource): Promise<void> {
  const ui = useProtocolFileStore.getState();
  ui.setStatus(PROTOCOL_FILE_TEXT.reading(file.name));
  const { readProtocolFile } = await import('./readProtocolFile');
  const result = await readProtocolFile(file);
  if (!result.ok) {
    ui.reject({ fileName: file.name, errors: result.errors });
    return;
  }
  rememberProtocol(result.protocol, result.protocol, file.name);
  ui.setStatus(PROTOCOL_FILE_TEXT.opened(result.protocol.title));
}
