/** Downloads the protocol in use as a JSON file, in the format Proximal opens. */
import type { Protocol } from '../../protocol/schema';

function protocolFileName(protocol: Protocol): string {
  return `${protocol.id}.json`;
}

export function exportProtocol(protocol: Protocol): string {
  const fileName = protocolFileName(protocol);
  const blob = new Blob([`${JSON.stringify(protocol, null, 2)}\n`], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return fileName;
}
