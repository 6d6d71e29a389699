import { expect } from 'vitest';
import type { ValidationIssue } from '../../../src/protocol/validate';
import { validateProtocol } from '../../../src/protocol/validate';
import { say } from '../../support/t';
import { freshDefault } from './document';

type Doc = ReturnType<typeof freshDefault>;

/** An issue as the English reader sees it: its path and its message in English. */
export interface SaidIssue {
  path: string;
  message: string;
}

export const said = (issues: readonly ValidationIssue[]): SaidIssue[] =>
  issues.map((issue) => ({ path: issue.path, message: say(issue.message) }));

/** The errors of a refused result, in English; none for an accepted one. */
export const saidErrors = (result: { ok: true } | { ok: false; errors: ValidationIssue[] }) =>
  result.ok ? [] : said(result.errors);

/** The default protocol after `edit`; the errors it gets (failing the test if it validates). */
export function errorsAfter(edit: (doc: Doc) => void): SaidIssue[] {
  const doc = freshDefault();
  edit(doc);
  const result = validateProtocol(doc);
  expect(result.ok, 'expected the edited protocol to be refused').toBe(false);
  return saidErrors(result);
}

/** The default protocol after `edit`; the warnings it gets (failing the test if it is refused). */
export function warningsAfter(edit: (doc: Doc) => void): SaidIssue[] {
  const doc = freshDefault();
  edit(doc);
  const result = validateProtocol(doc);
  expect(result.ok, result.ok ? '' : JSON.stringify(saidErrors(result))).toBe(true);
  return result.ok ? said(result.warnings) : [];
}
