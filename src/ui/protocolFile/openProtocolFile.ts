/**
 * Opens a protocol file: checked lazily (readProtocolFile.ts, with the validator); a good one
 * becomes the protocol in use and is kept in this browser when saving works (the status says
 * which), a bad one is reported in the errors dialog while the current protocol stays. Every
 * step ends within CHUNK_TIMEOUT_MS; a checker that cannot be loaded is reported in the dialog,
 * and opening a file again loads it again (under a fresh address) without a reload of the page,
 * though a part of it that failed may come back only with a reload (the dialog then says so).
 */
import { reasonOf } from '../../i18n/reason';
import { rememberProtocol } from '../../state/persistence/session';
import { CHUNK_TIMEOUT_MS, withTimeout } from '../../state/withTimeout';
import { plainTitle } from '../plainTitle';
import { loadAgainAfter, needsPageReload } from '../faults/lazyPart';
import { PROTOCOL_FILE_TEXT } from '../strings';
import { useProtocolFileStore } from '../../state/protocolFileStore';
import type { ProtocolFileCheck, ProtocolFileSource } from './readProtocolFile';

type ReaderLoader = () => Promise<Pick<typeof import('./readProtocolFile'), 'readProtocolFile'>>;

const importReader: ReaderLoader = () => import('./readProtocolFile');

/** How the reader is loaded next: after a failure, under a fresh address. */
let nextReader: ReaderLoader = importReader;

export async function openProtocolFile(
  file: ProtocolFileSource,
  loadReader?: ReaderLoader,
): Promise<void> {
  const ui = useProtocolFileStore.getState();
  ui.setStatus(PROTOCOL_FILE_TEXT.reading(file.name));
  let result: ProtocolFileCheck;
  try {
    const { readProtocolFile } = await withTimeout((loadReader ?? nextReader)(), CHUNK_TIMEOUT_MS);
    result = await withTimeout(readProtocolFile(file), CHUNK_TIMEOUT_MS);
  } catch (error) {
    const reason = reasonOf(error);
    if (loadReader === undefined) nextReader = loadAgainAfter(error, importReader);
    const reloadNeeded = needsPageReload(error);
    ui.reject({ fileName: file.name, errors: [], notChecked: reason, reloadNeeded });
    return;
  }
  if (!result.ok) {
    ui.reject({ fileName: file.name, errors: result.errors });
    return;
  }
  const saved = rememberProtocol(result.protocol, result.protocol, file.name);
  const title = plainTitle(result.protocol.title);
  ui.setStatus(
    saved.kept
      ? PROTOCOL_FILE_TEXT.opened(title)
      : PROTOCOL_FILE_TEXT.openedNotKept(title, saved.reason),
  );
}
