/** Helpers to take a protocol document apart and change it in one place. */
import { defaultProtocolDocument } from '../../../src/protocol/defaultProtocol';
import type { PathKey } from '../../../src/protocol/validation/issue';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A fresh, deep copy of the default protocol document, to change freely. */
export function freshDefault(): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(defaultProtocolDocument)) as { [key: string]: Json };
}

/** Every path in a JSON value, the root excluded. */
export function allPaths(value: Json, prefix: PathKey[] = []): PathKey[][] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => [[...prefix, i], ...allPaths(v, [...prefix, i])]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      [...prefix, k],
      ...allPaths(v, [...prefix, k]),
    ]);
  }
  return [];
}

function container(root: Json, path: readonly PathKey[]): Json {
  let node: Json = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key] ?? null;
    else if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      node = node[String(key)] ?? null;
    } else throw new Error(`no container at ${path.join('.')}`);
  }
  return node;
}

export function getAt(root: Json, path: readonly PathKey[]): Json {
  return container(root, path);
}

export function setAt(root: Json, path: readonly PathKey[], value: Json): void {
  const parent = container(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
  else if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    // defineProperty so that a key such as "__proto__" becomes an own field, as JSON.parse does
    Object.defineProperty(parent, String(key), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else throw new Error('cannot set');
}

export function deleteAt(root: Json, path: readonly PathKey[]): void {
  const parent = container(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    delete parent[String(key)];
  }
}

/** `$.phases[2].to` for a path, as the validator writes it. */
export function pathText(path: readonly PathKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number'
        ? `${acc}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${acc}.${key}`
          : `${acc}[${JSON.stringify(key)}]`,
    '$',
  );
}

/** True when `a` is `b`, or one lies inside the other. */
export function onOneLine(a: string, b: string): boolean {
  const inside = (inner: string, outer: string) =>
    inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return inside(a, b) || inside(b, a);
}
