/**
 * Validation of a protocol document from anywhere (the bundled default, a user's import):
 * shape first (the zod schema), then the checks that span fields. Every problem comes back as
 * a JSON path and a message (a catalog key with its parameters). Never throws.
 */
import { message } from '../i18n/message';
import { protocolSchema, type Protocol } from './schema';
import { crossCheck, type Finding } from './validation/checks';
import type { ValidationIssue } from './validation/issue';
import { toValidationIssue } from './validation/issueMessage';
import { jsonPath } from './validation/jsonPath';
import { readJsonText } from '../files/readJsonText';
import { jsonProblemMessage } from './validation/jsonProblemMessage';
import { unknownFieldPaths } from './validation/unknownFields';

export type { ValidationIssue } from './validation/issue';

export type ValidationResult =
  | { ok: true; protocol: Protocol; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };

/** 256 KB: the default protocol is about 20 KB; anything far larger is not a protocol. */
export const PROTOCOL_MAX_BYTES = 256 * 1024;

/** A broken file can hold thousands of problems; the first ones say enough. */
const MAX_REPORTED_ISSUES = 50;

function capped(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    { path: '$', message: message('files:issue.moreProblems', { count: more }) },
  ];
}

function validateUnsafe(input: unknown): ValidationResult {
  const parsed = protocolSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: capped(parsed.error.issues.map((i) => toValidationIssue(i, input))),
    };
  }
  const findings = crossCheck(parsed.data);
  const toIssue = (f: Finding): ValidationIssue => ({
    path: jsonPath(f.path),
    message: f.message,
  });
  const errors = findings.filter((f) => f.level === 'error').map(toIssue);
  if (errors.length > 0) return { ok: false, errors: capped(errors) };
  const unknown = unknownFieldPaths(input, parsed.data).map((path) => ({
    path: jsonPath(path),
    message: message('files:issue.unknownField', { name: String(path[path.length - 1]) }),
  }));
  const warnings = [...findings.filter((f) => f.level === 'warning').map(toIssue), ...unknown];
  return { ok: true, protocol: parsed.data, warnings: capped(warnings) };
}

/** Checks any value against the protocol format and its cross-field rules. */
export function validateProtocol(input: unknown): ValidationResult {
  try {
    return validateUnsafe(input);
  } catch (cause) {
    // Last line of defence (e.g. a getter that throws); JSON input never gets here.
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      ok: false,
      errors: [{ path: '$', message: message('files:issue.unreadable', { detail }) }],
    };
  }
}

/** Reads the text of a protocol file: size first (before JSON.parse), then JSON, then the format. */
export function parseProtocolText(
  text: string,
  maxBytes: number = PROTOCOL_MAX_BYTES,
): ValidationResult {
  const read = readJsonText(text, maxBytes);
  if (!read.ok)
    return { ok: false, errors: [{ path: '$', message: jsonProblemMessage(read.problem) }] };
  return validateProtocol(read.value);
}
