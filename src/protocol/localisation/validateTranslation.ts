/**
 * Checks a translation document against the protocol it translates: the envelope (format,
 * language, which protocol and which text of it), then every text of the protocol translated,
 * no key the protocol does not have, each text plain, visible and within the protocol's length
 * limit. Problems come back as codes with parameters. Never throws.
 */
import { readJsonText } from '../../files/readJsonText';
import type { Protocol } from '../schema';
import { VISIBLE_CHARACTER } from '../visibleText';
import type { PathKey } from '../validation/issue';
import { jsonPath, valueAt } from '../validation/jsonPath';
import { firstNonPlain } from './plainText';
import { sourceDigest } from './sourceDigest';
import { isRecord, ownField, PROTOCOL_TEXT, type TextSpec } from './textFields';
import type { TranslationIssue } from './translationIssue';
import { translationSchema, type ProtocolTranslation } from './translationSchema';

export type TranslationResult =
  { ok: true; translation: ProtocolTranslation } | { ok: false; errors: TranslationIssue[] };

/** As for a protocol text (`schema.ts`). */
const TRANSLATED_TEXT_MAX_CHARS = 2000;
/** As for a protocol file (`validate.ts`): a translation holds no more text than its protocol. */
const TRANSLATION_MAX_BYTES = 256 * 1024;
const MAX_REPORTED_ISSUES = 50;

function capped(issues: TranslationIssue[]): TranslationIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    { path: '$', code: 'translation.moreIssues', params: { more } },
  ];
}

function envelopeIssues(input: unknown): TranslationIssue[] {
  const parsed = translationSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue): TranslationIssue[] => {
    const at = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = jsonPath([...at, key]);
        return { path, code: 'translation.fieldUnknown', params: { field: path } };
      });
    }
    const path = jsonPath(at);
    const value = valueAt(input, at);
    if (at.length === 1 && at[0] === 'language' && value.found && typeof value.value === 'string') {
      return [{ path, code: 'translation.languageInvalid', params: { language: value.value } }];
    }
    if (!value.found || value.value === undefined) {
      return [{ path, code: 'translation.fieldMissing', params: { field: path } }];
    }
    return [{ path, code: 'translation.fieldInvalid', params: { field: path } }];
  });
}

function textIssues(text: string, path: string): TranslationIssue[] {
  const shown = text.trim();
  if (!VISIBLE_CHARACTER.test(shown)) return [{ path, code: 'translation.textEmpty', params: {} }];
  if (shown.length > TRANSLATED_TEXT_MAX_CHARS) {
    const params = { length: shown.length, max: TRANSLATED_TEXT_MAX_CHARS };
    return [{ path, code: 'translation.textTooLong', params }];
  }
  const found = firstNonPlain(shown);
  return found === null ? [] : [{ path, code: 'translation.textNotPlain', params: { found } }];
}

/**
 * Walks the protocol's text (`spec` over `original`) and the translation side by side. `where`
 * is the path in the protocol, `key` the path in the translation's `text`.
 */
function compare(
  spec: TextSpec,
  original: unknown,
  translated: unknown,
  where: PathKey[],
  key: PathKey[],
  out: TranslationIssue[],
): void {
  const path = jsonPath(['text', ...key]);
  const unknownKey = (k: PathKey): void => {
    const params = { key: String(k) };
    out.push({ path: jsonPath(['text', ...key, k]), code: 'translation.keyUnknown', params });
  };
  switch (spec.kind) {
    case 'text': {
      if (typeof original !== 'string') return;
      if (translated === undefined) {
        out.push({ path, code: 'translation.textMissing', params: { field: jsonPath(where) } });
      } else if (typeof translated !== 'string') {
        out.push({ path, code: 'translation.wrongKind', params: { expected: 'text' } });
      } else out.push(...textIssues(translated, path));
      return;
    }
    case 'fields': {
      if (!isRecord(original)) return;
      const given = translated ?? {};
      if (!isRecord(given)) {
        out.push({ path, code: 'translation.wrongKind', params: { expected: 'group' } });
        return;
      }
      const present = Object.keys(spec.fields).filter((f) => ownField(original, f) !== undefined);
      for (const field of present) {
        const inner = spec.fields[field];
        if (inner === undefined) continue;
        const next = ownField(given, field);
        compare(inner, ownField(original, field), next, [...where, field], [...key, field], out);
      }
      for (const k of Object.keys(given)) if (!present.includes(k)) unknownKey(k);
      return;
    }
    case 'byId': {
      if (!Array.isArray(original)) return;
      const given = translated ?? {};
      if (!isRecord(given)) {
        out.push({ path, code: 'translation.wrongKind', params: { expected: 'group' } });
        return;
      }
      const ids: string[] = [];
      original.forEach((item: unknown, i) => {
        const id = isRecord(item) ? ownField(item, 'id') : undefined;
        if (typeof id !== 'string') return;
        ids.push(id);
        compare(spec.item, item, ownField(given, id), [...where, i], [...key, id], out);
      });
      for (const k of Object.keys(given)) if (!ids.includes(k)) unknownKey(k);
      return;
    }
    case 'byIndex': {
      if (!Array.isArray(original)) return;
      const given: unknown = translated ?? [];
      if (!Array.isArray(given)) {
        out.push({ path, code: 'translation.wrongKind', params: { expected: 'list' } });
        return;
      }
      original.forEach((item: unknown, i) => {
        compare(spec.item, item, given[i], [...where, i], [...key, i], out);
      });
      for (let i = original.length; i < given.length; i++) unknownKey(i);
      return;
    }
  }
}

function validateUnsafe(input: unknown, protocol: Protocol): TranslationResult {
  const envelope = envelopeIssues(input);
  if (envelope.length > 0) return { ok: false, errors: capped(envelope) };
  const translation = translationSchema.parse(input);
  if (translation.protocol.id !== protocol.id) {
    const params = { expected: protocol.id, got: translation.protocol.id };
    return {
      ok: false,
      errors: [{ path: '$.protocol.id', code: 'translation.protocolMismatch', params }],
    };
  }
  const errors: TranslationIssue[] = [];
  const digest = sourceDigest(protocol);
  if (translation.protocol.sourceDigest !== digest) {
    const params = { expected: digest, got: translation.protocol.sourceDigest };
    errors.push({ path: '$.protocol.sourceDigest', code: 'translation.sourceChanged', params });
  }
  compare(PROTOCOL_TEXT, protocol, translation.text, [], [], errors);
  return errors.length > 0 ? { ok: false, errors: capped(errors) } : { ok: true, translation };
}

/** Checks any value as a translation of `protocol` (a protocol that passed `validateProtocol`). */
export function validateTranslation(input: unknown, protocol: Protocol): TranslationResult {
  try {
    return validateUnsafe(input, protocol);
  } catch (cause) {
    // Last line of defence (e.g. a getter that throws); JSON input never gets here.
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      ok: false,
      errors: [{ path: '$', code: 'translation.json', params: { kind: 'unreadable', detail } }],
    };
  }
}

/** Reads the text of a translation file: size first (before JSON.parse), then JSON, then the rest. */
export function parseTranslationText(
  text: string,
  protocol: Protocol,
  maxBytes: number = TRANSLATION_MAX_BYTES,
): TranslationResult {
  const read = readJsonText(text, maxBytes);
  if (!read.ok) {
    return { ok: false, errors: [{ path: '$', code: 'translation.json', params: read.problem }] };
  }
  return validateTranslation(read.value, protocol);
}
