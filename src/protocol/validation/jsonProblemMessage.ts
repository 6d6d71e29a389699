/** What was wrong with a protocol file's JSON, in words (see files/readJsonText.ts). */
import type { JsonProblem } from '../../files/readJsonText';

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function jsonProblemMessage(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'not-text':
      return 'The file must be text';
    case 'too-large': {
      const { bytes, maxBytes } = problem;
      const size = bytes === null ? `more than ${formatBytes(maxBytes)}` : formatBytes(bytes);
      return `The file is too large (${size}); a protocol may be at most ${formatBytes(maxBytes)}`;
    }
    case 'empty':
      return 'The file is empty';
    case 'syntax':
      if (problem.endsEarly) {
        return 'The file is not valid JSON: it ends too early (is a closing } or ] missing?)';
      }
      return problem.line === undefined
        ? `The file is not valid JSON: ${problem.detail}`
        : `The file is not valid JSON: line ${problem.line}, column ${problem.column}: ${problem.detail}`;
  }
}
