/**
 * Turns zod's issues into messages a person editing a protocol file understands: which field,
 * what it must be, and what it was.
 */
import type { core } from 'zod';
import { describeValue } from './describeValue';
import type { PathKey, ValidationIssue } from './issue';
import { jsonPath, valueAt, type Lookup } from './jsonPath';
import { nameListFor } from './nameLists';
import { closestName } from './suggest';

type ZodIssue = core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'a group of fields { … }',
};

/** Messages zod writes itself; any other message was written for this schema and is kept. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)/;

function subjectOf(path: readonly PathKey[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'The protocol';
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return parent === undefined ? `Entry ${last + 1}` : `Entry ${last + 1} of "${parent}"`;
  }
  return `"${last}"`;
}

function got(lookup: Lookup): string {
  return lookup.found ? `; got ${describeValue(lookup.value)}` : '';
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');
}

function mustBeOneOf(subject: string, values: readonly unknown[], lookup: Lookup): string {
  if (!lookup.found) {
    const options = values.length === 1 ? quoted(values) : `one of ${quoted(values)}`;
    return `${subject} is missing; it must be ${options}`;
  }
  const list = nameListFor(values);
  if (list === undefined) {
    const options = values.length === 1 ? quoted(values) : `one of ${quoted(values)}`;
    return `${subject} must be ${options}${got(lookup)}`;
  }
  const suggestion =
    typeof lookup.value === 'string' ? closestName(lookup.value, list.names) : null;
  const hint = suggestion === null ? '' : ` Did you mean "${suggestion}"?`;
  return (
    `${subject} must be ${list.noun} such as "${list.example}"${got(lookup)}.${hint}` +
    ` The ${list.plural} are: ${list.names.join(', ')}.`
  );
}

function sizeMessage(issue: ZodIssue & { code: 'too_small' | 'too_big' }, lookup: Lookup) {
  const atLeast = issue.code === 'too_small';
  const bound = Number(atLeast ? issue.minimum : issue.maximum);
  if (issue.origin === 'array') {
    const entries = bound === 1 ? 'entry' : 'entries';
    return `must have ${atLeast ? 'at least' : 'at most'} ${bound} ${entries}${got(lookup)}`;
  }
  if (issue.origin === 'string') {
    return `must be ${atLeast ? 'at least' : 'at most'} ${bound} characters long`;
  }
  const inclusive = issue.inclusive !== false;
  const relation = atLeast
    ? inclusive
      ? 'at least'
      : 'more than'
    : inclusive
      ? 'at most'
      : 'less than';
  return `must be ${relation} ${bound}${got(lookup)}`;
}

function describeIssue(issue: ZodIssue, path: readonly PathKey[], lookup: Lookup): string {
  const subject = subjectOf(path);
  const ownMessage = !ZOD_DEFAULT_MESSAGE.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return lookup.found && lookup.value !== undefined
        ? `${subject} must be ${expected}${got(lookup)}`
        : `${subject} is missing; it must be ${expected}`;
    }
    case 'invalid_value':
      return mustBeOneOf(subject, issue.values, lookup);
    case 'invalid_union': {
      // A discriminated union names its options on the issue, though the type does not say so.
      const options: unknown = (issue as { options?: unknown }).options;
      if (Array.isArray(options)) return mustBeOneOf(subject, options, lookup);
      return `${subject} does not match any of the allowed forms${got(lookup)}`;
    }
    case 'too_small':
    case 'too_big':
      return ownMessage
        ? `${subject} ${issue.message}${got(lookup)}`
        : `${subject} ${sizeMessage(issue, lookup)}`;
    case 'invalid_format':
      return ownMessage
        ? `${subject} ${issue.message}${got(lookup)}`
        : `${subject} has the wrong format${got(lookup)}`;
    case 'custom':
      return path.length === 0 ? issue.message : `In ${subject}, ${issue.message}`;
    default:
      return ownMessage ? `${subject} ${issue.message}` : `${subject} is not valid${got(lookup)}`;
  }
}

/** The issue with its JSON path and a plain-language message; `input` is the whole document. */
export function toValidationIssue(issue: ZodIssue, input: unknown): ValidationIssue {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  return { path: jsonPath(path), message: describeIssue(issue, path, valueAt(input, path)) };
}
