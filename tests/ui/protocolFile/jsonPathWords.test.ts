import { describe, expect, it } from 'vitest';
import { jsonPathWords } from '../../../src/ui/protocolFile/jsonPathWords';

describe('jsonPathWords', () => {
  it.each([
    ['$', 'the whole file'],
    ['$.title', 'title'],
    ['$.phases[2].strokes[0].to', 'phases no. 3 › strokes no. 1 › to'],
    ['$.timing.sessionMinutes.min', 'timing › sessionMinutes › min'],
    ['$["odd key"][0]', 'odd key no. 1'],
  ])('%s → %s', (path, words) => {
    expect(jsonPathWords(path)).toBe(words);
  });
});
