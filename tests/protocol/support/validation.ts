import { expect } from 'vitest';
import type { ValidationIssue } from '../../../src/protocol/validate';
import { validateProtocol } from '../../../src/protocol/validate';
import { freshDefault } from './document';

type Doc = ReturnType<typeof freshDefault>;

/** The default protocol after `edit`; the errors it gets (failing the test if it validates). */
export function errorsAfter(edit: (doc: Doc) => void): ValidationIssue[] {
  const doc = freshDefault();
  edit(doc);
  const result = validateProtocol(doc);
  expect(result.ok, 'expected the edited protocol to be refused').toBe(false);
  return result.ok ? [] : result.errors;
}

/** The default protocol after `edit`; the warnings it gets (failing the test if it is refused). */
export function warningsAfter(edit: (doc: Doc) => void): ValidationIssue[] {
  const doc = freshDefault();
  edit(doc);
  const result = validateProtocol(doc);
  expect(result.ok, result.ok ? '' : JSON.stringify(result.errors)).toBe(true);
  return result.ok ? result.warnings : [];
}
