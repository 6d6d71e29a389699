/**
 * The catalogs as the tests read them (`src/i18n/locales/<lang>/<namespace>.json`): which
 * languages are in the tree, every message by its full key (`ns:path.to.key`), the arguments a
 * message takes, and the English sentences a page in another language must not show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGUAGES, type Language } from '../../src/i18n/languages';

export const LOCALES_DIR = resolve(__dirname, '../../src/i18n/locales');
const PROTOCOL_FILE = resolve(__dirname, '../../src/protocol/defaultProtocol.json');

export type CatalogLanguage = Language;

/** The shipped languages that have a catalog folder, English first. */
export function catalogLanguages(): CatalogLanguage[] {
  const present = new Set(readdirSync(LOCALES_DIR));
  return LANGUAGES.filter((language) => present.has(language));
}

export function namespacesOf(language: string): string[] {
  return readdirSync(join(LOCALES_DIR, language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

function flatten(value: unknown, prefix: string, into: Map<string, string>): void {
  if (typeof value === 'string') {
    into.set(prefix, value);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    into.set(prefix, `<not a message: ${JSON.stringify(value)}>`);
    return;
  }
  const separator = prefix.endsWith(':') ? '' : '.';
  for (const [key, inner] of Object.entries(value))
    flatten(inner, `${prefix}${separator}${key}`, into);
}

const cache = new Map<string, Map<string, string>>();

/** Every message of a language, by full key (`watch:transport.play`). */
export function messagesOf(language: string): Map<string, string> {
  const cached = cache.get(language);
  if (cached) return cached;
  const messages = new Map<string, string>();
  for (const namespace of namespacesOf(language)) {
    const text = readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), 'utf8');
    flatten(JSON.parse(text), `${namespace}:`, messages);
  }
  cache.set(language, messages);
  return messages;
}

function walk(elements: MessageFormatElement[], visit: (element: MessageFormatElement) => void) {
  for (const element of elements) {
    visit(element);
    if ('options' in element) {
      for (const option of Object.values(element.options)) walk(option.value, visit);
    }
    if (element.type === TYPE.tag) walk(element.children, visit);
  }
}

/** The names of a message's arguments (`{count, plural, …}` → `count`), sorted. */
export function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  walk(parse(message), (element) => {
    if ('value' in element && element.type !== TYPE.literal) {
      names.add(element.value);
    }
  });
  return [...names].sort();
}

/** The runs of literal text between a message's arguments. */
function literalRuns(message: string): string[] {
  const runs: string[] = [];
  const collect = (elements: MessageFormatElement[]) => {
    let run = '';
    for (const element of elements) {
      if (element.type === TYPE.literal) {
        run += element.value;
        continue;
      }
      runs.push(run);
      run = '';
      if ('options' in element) {
        for (const option of Object.values(element.options)) collect(option.value);
      }
    }
    runs.push(run);
  };
  collect(parse(message));
  return runs.map((run) => run.trim()).filter((run) => run !== '');
}

const words = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

/** Every text of the default protocol: still English until it is translated, and not ours. */
function protocolTexts(): string[] {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(JSON.parse(readFileSync(PROTOCOL_FILE, 'utf8')));
  return texts;
}

/** Text that looks like a catalog key shown instead of its message. */
export const KEY_SHAPED =
  /\b(?:common|terms|read|watch|flow|marks|practice|files|coach|classroom|tuning|errors):[A-Za-z][\w-]*(?:\.[\w-]+)+/g;

/**
 * The English a page in `language` shows although that language has its own words for it:
 * pieces of text or names equal to an English message, and runs of three words or more of an
 * English message inside longer text. A message the language's catalog leaves as in English
 * (a name: Proximal, a licence) is not counted, nor are words of the protocol's own text.
 */
export function englishLeftovers(language: string, shown: readonly string[]): string[] {
  if (language === 'en') return [];
  const english = messagesOf('en');
  const own = messagesOf(language);
  const protocol = protocolTexts();
  const inProtocol = (text: string) => protocol.some((p) => p.includes(text));
  const lines = new Set(shown.map((text) => text.trim()));
  const found = new Set<string>();
  for (const [key, message] of english) {
    if (own.get(key) === message) continue;
    const runs = literalRuns(message);
    const whole = runs.length === 1 && argumentsOf(message).length === 0 ? runs[0] : undefined;
    if (whole !== undefined && lines.has(whole) && !inProtocol(whole)) {
      found.add(`${key}: ${whole}`);
      continue;
    }
    for (const run of runs) {
      if (words(run) < 3 || inProtocol(run)) continue;
      if (shown.some((text) => text.includes(run))) found.add(`${key}: ${run}`);
    }
  }
  return [...found].sort();
}
