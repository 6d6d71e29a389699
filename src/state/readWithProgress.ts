/**
 * A response body read chunk by chunk, telling how much has arrived (0–1) when the server says
 * how long it is, so the page can show a real progress bar for a large download.
 */
export async function readWithProgress(
  response: Response,
  onProgress: (share: number) => void,
): Promise<ArrayBuffer> {
  const total = Number(response.headers.get('content-length') ?? '');
  const body = response.body;
  if (body === null || !Number.isFinite(total) || total <= 0) return response.arrayBuffer();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(Math.min(1, received / total));
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
