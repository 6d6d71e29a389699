/** JSON paths (`$.phases[2].strokes[0].to`) and safe lookups along them in untrusted values. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `$.phases[2].to` from `['phases', 2, 'to']`; odd keys are quoted: `$["a b"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += IDENTIFIER.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

export type Lookup = { found: true; value: unknown } | { found: false };

/**
 * The value at `path` inside `root`, reading own properties only, so keys such as `__proto__` or
 * `constructor` never reach the prototype chain.
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): Lookup {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return { found: false };
    const name = typeof key === 'number' ? String(key) : key;
    if (!Object.prototype.hasOwnProperty.call(current, name)) return { found: false };
    current = (current as Record<PropertyKey, unknown>)[name];
  }
  return { found: true, value: current };
}
