/**
 * Turns zod's issues into messages a person editing a protocol file understands: which field,
 * what it must be, and what it was. Messages are catalog keys with parameters (`files:issue.*`);
 * the schema's own messages are keys too (`files:issue.notEmpty`…).
 */
import type { core } from 'zod';
import { message, type Message, type MessageValue } from '../../i18n/message';
import { describeValue } from './describeValue';
import type { PathKey, ValidationIssue } from './issue';
import { jsonPath, valueAt, type Lookup } from './jsonPath';
import { nameListFor } from './nameLists';
import { closestName } from './suggest';

type ZodIssue = core.$ZodIssue;

const TYPES = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);

/** A message the schema gives (a catalog key); zod's own messages are English and not shown. */
const SCHEMA_MESSAGE = /^files:[\w.]+$/;

function subjectOf(path: readonly PathKey[]): Message {
  const last = path[path.length - 1];
  if (last === undefined) return message('files:subject.protocol');
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return parent === undefined
      ? message('files:subject.entry', { n: last + 1 })
      : message('files:subject.entryOf', { n: last + 1, parent: String(parent) });
  }
  return message('files:subject.field', { name: last });
}

/** "; got …", or nothing when the value is absent. */
function got(lookup: Lookup): MessageValue {
  return lookup.found ? message('files:issue.got', { value: describeValue(lookup.value) }) : '';
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');
}

function options(values: readonly unknown[]): MessageValue {
  return values.length === 1
    ? quoted(values)
    : message('files:issue.oneOf', { values: quoted(values) });
}

function mustBeOneOf(subject: Message, values: readonly unknown[], lookup: Lookup): Message {
  if (!lookup.found) return message('files:issue.missing', { subject, expected: options(values) });
  const list = nameListFor(values);
  if (list === undefined) {
    return message('files:issue.mustBe', { subject, expected: options(values), got: got(lookup) });
  }
  const suggestion =
    typeof lookup.value === 'string' ? closestName(lookup.value, list.names) : null;
  return message('files:issue.mustBeName', {
    subject,
    noun: message(`files:nameList.${list.id}.noun`),
    plural: message(`files:nameList.${list.id}.plural`),
    example: list.example,
    got: got(lookup),
    hint: suggestion === null ? '' : message('files:issue.didYouMean', { name: suggestion }),
    names: list.names.join(', '),
  });
}

function sizeMessage(
  subject: Message,
  issue: ZodIssue & { code: 'too_small' | 'too_big' },
  lookup: Lookup,
): Message {
  const atLeast = issue.code === 'too_small';
  const count = Number(atLeast ? issue.minimum : issue.maximum);
  const bound = atLeast ? 'atLeast' : 'atMost';
  if (issue.origin === 'array') {
    return message('files:issue.listSize', { subject, bound, count, got: got(lookup) });
  }
  if (issue.origin === 'string') return message('files:issue.textSize', { subject, bound, count });
  const inclusive = issue.inclusive !== false;
  const relation = atLeast
    ? inclusive
      ? 'atLeast'
      : 'moreThan'
    : inclusive
      ? 'atMost'
      : 'lessThan';
  return message('files:issue.numberSize', { subject, relation, count, got: got(lookup) });
}

function describeIssue(issue: ZodIssue, path: readonly PathKey[], lookup: Lookup): Message {
  const subject = subjectOf(path);
  const own = SCHEMA_MESSAGE.test(issue.message) ? message(issue.message) : null;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPES.has(issue.expected)
        ? message(`files:type.${issue.expected}`)
        : issue.expected;
      return lookup.found && lookup.value !== undefined
        ? message('files:issue.mustBe', { subject, expected, got: got(lookup) })
        : message('files:issue.missing', { subject, expected });
    }
    case 'invalid_value':
      return mustBeOneOf(subject, issue.values, lookup);
    case 'invalid_union': {
      // A discriminated union names its options on the issue, though the type does not say so.
      const options: unknown = (issue as { options?: unknown }).options;
      if (Array.isArray(options)) return mustBeOneOf(subject, options, lookup);
      return message('files:issue.noForm', { subject, got: got(lookup) });
    }
    case 'too_small':
    case 'too_big':
      return own
        ? message('files:issue.own', { subject, message: own, got: got(lookup) })
        : sizeMessage(subject, issue, lookup);
    case 'invalid_format':
      return own
        ? message('files:issue.own', { subject, message: own, got: got(lookup) })
        : message('files:issue.wrongFormat', { subject, got: got(lookup) });
    case 'custom':
      if (own === null) return message('files:issue.invalid', { subject, got: got(lookup) });
      if (path.length === 0) return own;
      // A check of a group ("min" and "max" of a range) speaks of its fields; of a value, of it.
      return lookup.found && typeof lookup.value === 'object' && lookup.value !== null
        ? message('files:issue.custom', { subject, message: own })
        : message('files:issue.own', { subject, message: own, got: got(lookup) });
    default:
      return own
        ? message('files:issue.own', { subject, message: own, got: '' })
        : message('files:issue.invalid', { subject, got: got(lookup) });
  }
}

/** The issue with its JSON path and a plain-language message; `input` is the whole document. */
export function toValidationIssue(issue: ZodIssue, input: unknown): ValidationIssue {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  return { path: jsonPath(path), message: describeIssue(issue, path, valueAt(input, path)) };
}
