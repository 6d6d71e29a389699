/** The mode in the address: `?mode=watch|practice|read`, unknown values ignored. */
import { describe, expect, it } from 'vitest';
import { modeFromSearch, searchWithMode } from '../../../src/ui/screens/useModeHistory';

describe('mode in the address', () => {
  it('reads the three modes by their names', () => {
    expect(modeFromSearch('?mode=read')).toBe('read');
    expect(modeFromSearch('?t=3&mode=Practice')).toBe('practice');
    expect(modeFromSearch('?mode=watch')).toBe('train');
  });

  it('ignores anything else', () => {
    for (const search of ['', '?mode=', '?mode=train', '?mode=<b>', '?camera=back'])
      expect(modeFromSearch(search)).toBeNull();
  });

  it('writes the mode and keeps the other parameters', () => {
    expect(searchWithMode('?t=30&camera=back', 'read')).toBe('?t=30&camera=back&mode=read');
    expect(modeFromSearch(searchWithMode('?mode=read', 'train'))).toBe('train');
  });
});
