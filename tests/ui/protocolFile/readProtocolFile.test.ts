import { describe, expect, it } from 'vitest';
import document from '../../../src/protocol/defaultProtocol.json';
import { PROTOCOL_MAX_BYTES } from '../../../src/protocol/validate';
import { readProtocolFile } from '../../../src/ui/protocolFile/readProtocolFile';
import { saidErrors } from '../../protocol/support/validation';

/** A File whose reads are counted. */
class CountingFile extends File {
  reads = 0;
  override text(): Promise<string> {
    this.reads += 1;
    return super.text();
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    this.reads += 1;
    return super.arrayBuffer();
  }
}

/** The text as UTF-16 with a byte-order mark, as Windows editors save "Unicode" files. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + 2 * i, text.charCodeAt(i), order === 'le');
  return bytes;
}

const jsonFile = (value: unknown, name = 'mine.json') =>
  new CountingFile([JSON.stringify(value)], name, { type: 'application/json' });

describe('readProtocolFile', () => {
  it('opens a valid protocol', async () => {
    const result = await readProtocolFile(jsonFile({ ...document, title: 'Mine' }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.protocol.title).toBe('Mine');
  });

  it.each(['le', 'be'] as const)('opens a protocol saved as UTF-16 %s', async (order) => {
    const text = JSON.stringify({ ...document, title: 'Beinmassage – ふくらはぎ' });
    const result = await readProtocolFile(new File([utf16(text, order)], 'unicode.json'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.protocol.title).toBe('Beinmassage – ふくらはぎ');
  });

  it('refuses a file over the size cap from its size alone, without reading it', async () => {
    const file = new CountingFile(['x'.repeat(PROTOCOL_MAX_BYTES + 1)], 'huge.json');
    const result = await readProtocolFile(file);
    expect(saidErrors(result)).toEqual([
      { path: '$', message: expect.stringMatching(/too large.*257 KB.*256 KB/) },
    ]);
    expect(file.reads).toBe(0);
  });

  it('reports every problem with its path', async () => {
    const untitled: Record<string, unknown> = { ...document };
    delete untitled.title;
    const result = await readProtocolFile(
      jsonFile({ ...untitled, phases: [{ ...document.phases[0], pressure: 'crushing' }] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toContain('$.title');
    expect(paths.some((p) => p.startsWith('$.phases[0]'))).toBe(true);
    for (const issue of saidErrors(result)) expect(issue.message.length).toBeGreaterThan(5);
  });

  it('explains a file that is not JSON', async () => {
    const result = await readProtocolFile(new File(['{ "format": '], 'broken.json'));
    expect(saidErrors(result)).toMatchObject([{ path: '$', message: /not valid JSON/ }]);
  });

  it('reports a file that cannot be read instead of throwing', async () => {
    const unreadable = {
      name: 'gone.json',
      size: 10,
      text: () => Promise.reject(new Error('gone')),
    };
    const result = await readProtocolFile(unreadable);
    expect(saidErrors(result)).toMatchObject([{ message: /could not be read: gone/ }]);
  });
});
