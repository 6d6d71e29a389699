/** What was wrong with a protocol file's JSON, as a message (see files/readJsonText.ts). */
import type { JsonProblem } from '../../files/readJsonText';
import { message, type Message } from '../../i18n/message';

function size(bytes: number): Message {
  if (bytes >= 1024 * 1024) {
    return message('files:json.megabytes', { count: bytes / (1024 * 1024) });
  }
  if (bytes >= 1024) return message('files:json.kilobytes', { count: Math.round(bytes / 1024) });
  return message('files:json.bytes', { count: bytes });
}

export function jsonProblemMessage(problem: JsonProblem): Message {
  switch (problem.kind) {
    case 'not-text':
      return message('files:json.notText');
    case 'too-large': {
      const { bytes, maxBytes } = problem;
      const shown =
        bytes === null ? message('files:json.moreThan', { size: size(maxBytes) }) : size(bytes);
      return message('files:json.tooLarge', { size: shown, max: size(maxBytes) });
    }
    case 'empty':
      return message('files:json.empty');
    case 'syntax':
      if (problem.endsEarly) return message('files:json.endsEarly');
      return problem.line === undefined
        ? message('files:json.syntax', { detail: problem.detail })
        : message('files:json.syntaxAt', {
            line: problem.line,
            column: problem.column ?? 0,
            detail: problem.detail,
          });
  }
}
