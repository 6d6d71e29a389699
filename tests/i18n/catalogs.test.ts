/**
 * The catalogs against each other and against the code: every language in the tree has exactly
 * English's keys, every message is valid ICU and takes the same arguments as its English one,
 * every key the code asks for exists, and every key is asked for somewhere in src/ (a key
 * nobody shows is dead weight that drifts from the app). The code names keys in full
 * (`'watch:transport.play'`); a literal naming a group (`'terms:region'`) or a template's fixed
 * start (`` `terms:region.${name}` ``) uses every key under it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { argumentsOf, catalogLanguages, messagesOf, namespacesOf } from '../support/catalogs';

const SRC = resolve(__dirname, '../../src');
const english = messagesOf('en');
const NAMESPACES = namespacesOf('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every `ns:…` the code writes: whole keys or groups (literals) and key starts (templates). */
function keysInCode(): { exact: Set<string>; starts: Set<string> } {
  const exact = new Set<string>();
  const starts = new Set<string>();
  const ns = NAMESPACES.join('|');
  const literal = new RegExp(`['"](?:${ns}):[\\w.-]+['"]`, 'g');
  const template = new RegExp(`\`((?:${ns}):[\\w.-]*)(\\$\\{|\`)`, 'g');
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const [match] of text.matchAll(literal)) exact.add(match.slice(1, -1));
    for (const [, start, end] of text.matchAll(template)) {
      if (start === undefined) continue;
      if (end === '`') exact.add(start);
      else starts.add(start);
    }
  }
  return { exact, starts };
}

const code = keysInCode();
const isUsed = (key: string) =>
  code.exact.has(key) ||
  [...code.exact].some((group) => key.startsWith(`${group}.`)) ||
  [...code.starts].some((start) => key.startsWith(start));

describe('the English catalogs', () => {
  it('hold only valid ICU messages', () => {
    const invalid = [...english].flatMap(([key, message]) => {
      try {
        parse(message);
        return [];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(invalid).toEqual([]);
  });

  it('have every key the code asks for', () => {
    const groups = new Set([...english.keys()].flatMap((key) => prefixesOf(key)));
    const missing = [...code.exact].filter((key) => !english.has(key) && !groups.has(key));
    const emptyStarts = [...code.starts].filter(
      (start) => ![...english.keys()].some((key) => key.startsWith(start)),
    );
    expect([...missing, ...emptyStarts].sort()).toEqual([]);
  });

  it('have no key that nothing in src/ asks for', () => {
    expect([...english.keys()].filter((key) => !isUsed(key))).toEqual([]);
  });
});

/** `a:b.c.d` → `a:b`, `a:b.c`. */
function prefixesOf(key: string): string[] {
  const [namespace, path = ''] = key.split(':');
  const parts = path.split('.');
  return parts.slice(1).map((_, i) => `${namespace}:${parts.slice(0, i + 1).join('.')}`);
}

describe.each(catalogLanguages().filter((language) => language !== 'en'))('%s', (language) => {
  const own = messagesOf(language);

  it('has the same namespaces and keys as English', () => {
    expect(namespacesOf(language)).toEqual(NAMESPACES);
    expect(
      [...english.keys()].filter((key) => !own.has(key)),
      'missing',
    ).toEqual([]);
    expect(
      [...own.keys()].filter((key) => !english.has(key)),
      'not in English',
    ).toEqual([]);
  });

  it('has valid ICU messages that take the same arguments as the English ones', () => {
    const wrong = [...own].flatMap(([key, message]) => {
      const reference = english.get(key);
      if (reference === undefined) return [];
      try {
        const args = argumentsOf(message);
        const expected = argumentsOf(reference);
        return args.join() === expected.join()
          ? []
          : [`${key}: takes {${args.join(', ')}}, English takes {${expected.join(', ')}}`];
      } catch (error) {
        return [`${key}: ${(error as Error).message}`];
      }
    });
    expect(wrong).toEqual([]);
  });
});
