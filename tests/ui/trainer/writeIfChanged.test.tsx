import { describe, expect, it } from 'vitest';
import { setAttributeIfChanged, setTextIfChanged } from '../../../src/ui/trainer/writeIfChanged';

/** The DOM mutations `write` makes on a fresh element that already reads "0:05". */
async function mutationsOf(write: (element: HTMLElement) => void): Promise<MutationRecord[]> {
  const element = document.createElement('span');
  element.textContent = '0:05';
  element.setAttribute('aria-valuenow', '5');
  document.body.append(element);
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(element, { childList: true, attributes: true, characterData: true });
  write(element);
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  element.remove();
  return records;
}

describe('writeIfChanged', () => {
  it('leaves an element that already shows the text untouched', async () => {
    expect(await mutationsOf((e) => setTextIfChanged(e, '0:05'))).toHaveLength(0);
  });

  it('writes a text that differs', async () => {
    const records = await mutationsOf((e) => {
      setTextIfChanged(e, '0:06');
      expect(e.textContent).toBe('0:06');
    });
    expect(records.length).toBeGreaterThan(0);
  });

  it('leaves an attribute with that value untouched and writes one that differs', async () => {
    expect(await mutationsOf((e) => setAttributeIfChanged(e, 'aria-valuenow', '5'))).toHaveLength(
      0,
    );
    const records = await mutationsOf((e) => setAttributeIfChanged(e, 'aria-valuenow', '6'));
    expect(records.map((r) => r.attributeName)).toEqual(['aria-valuenow']);
  });
});
