/**
 * The saved-data notice says why, in the reader's words: a reason Proximal gives is a message,
 * a browser's own error text is shown as it came, and a saved protocol that no longer passes its
 * checks lists its problems with their paths.
 */
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from '../../../src/i18n/message';
import { usePersistenceStore } from '../../../src/state/persistence/persistenceStore';
import { SavedDataNotice } from '../../../src/ui/savedData/SavedDataNotice';
import { SAVED_DATA_TEXT } from '../../../src/ui/strings';

afterEach(() => {
  act(() => usePersistenceStore.setState({ notice: null }));
});

describe('the saved-data notice', () => {
  it('words a reason of Proximal’s', () => {
    const reason = message('errors:stored.newerVersion', { version: 7, current: 2 });
    act(() => usePersistenceStore.setState({ notice: { kind: 'set-aside', reason, key: 'k' } }));
    render(<SavedDataNotice />);
    const text = SAVED_DATA_TEXT.setAside(reason, 'k');
    expect(text).toContain('the saved data is from a newer version of Proximal (format 7;');
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('shows a browser’s own reason as it came', () => {
    act(() =>
      usePersistenceStore.setState({
        notice: { kind: 'save-failed', reason: 'QuotaExceededError: the quota has been exceeded' },
      }),
    );
    render(<SavedDataNotice />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      '(QuotaExceededError: the quota has been exceeded)',
    );
  });

  it('lists a set-aside protocol’s problems with their paths', () => {
    const issue = {
      path: '$.title',
      message: message('files:issue.missing', {
        subject: message('files:subject.field', { name: 'title' }),
        expected: message('files:type.string'),
      }),
    };
    act(() =>
      usePersistenceStore.setState({
        notice: { kind: 'protocol-set-aside', name: 'Mine', key: 'k', reasons: [issue] },
      }),
    );
    render(<SavedDataNotice />);
    const item = within(screen.getByRole('alert')).getByRole('listitem');
    expect(item).toHaveTextContent('$.title: "title" is missing; it must be text in quotes');
  });
});
