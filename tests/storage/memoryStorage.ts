/**
 * A real, Map-backed implementation of the Web Storage interface for node tests, with the two
 * failures browsers have: a capacity (setItem throws QuotaExceededError past it) and storage
 * that is switched off (every call throws SecurityError).
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  constructor(private readonly options: { capacityChars?: number; disabled?: boolean } = {}) {}

  get length(): number {
    this.check();
    return this.items.size;
  }

  clear(): void {
    this.check();
    this.items.clear();
  }

  getItem(key: string): string | null {
    this.check();
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    this.check();
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.check();
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.check();
    const used = [...this.items].reduce(
      (sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length),
      0,
    );
    if (used + key.length + value.length > (this.options.capacityChars ?? Infinity)) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
  }

  /** Every key, for assertions. */
  keys(): string[] {
    return [...this.items.keys()];
  }

  private check(): void {
    if (this.options.disabled === true) {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    }
  }

  [name: string]: unknown;
}
