/**
 * The dialog for a protocol file that could not be checked: open it again, and where a part of
 * the checker may come back only with a reload of the page, a reload offered too.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useProtocolFileStore } from '../../../src/state/protocolFileStore';
import { ProtocolErrorsDialog } from '../../../src/ui/protocolFile/ProtocolErrorsDialog';
import { LAZY_TEXT, PROTOCOL_FILE_TEXT } from '../../../src/ui/strings';

const reason = 'Failed to fetch dynamically imported module: /assets/readProtocolFile.js';

afterEach(() => {
  useProtocolFileStore.setState(useProtocolFileStore.getInitialState(), true);
});

describe('a protocol file that could not be checked', () => {
  it('asks to open it again when that can work', () => {
    render(<ProtocolErrorsDialog />);
    act(() =>
      useProtocolFileStore.getState().reject({
        fileName: 'mine.json',
        errors: [],
        notChecked: reason,
        reloadNeeded: false,
      }),
    );
    expect(screen.getByTestId('protocol-not-checked')).toHaveTextContent(
      PROTOCOL_FILE_TEXT.notChecked('mine.json', reason),
    );
    expect(screen.queryByRole('button', { name: LAZY_TEXT.reload })).toBeNull();
  });

  it('offers a reload too when a part of the checker may not come back in this page', () => {
    render(<ProtocolErrorsDialog />);
    act(() =>
      useProtocolFileStore.getState().reject({
        fileName: 'mine.json',
        errors: [],
        notChecked: reason,
        reloadNeeded: true,
      }),
    );
    expect(screen.getByTestId('protocol-not-checked')).toHaveTextContent(
      PROTOCOL_FILE_TEXT.notCheckedReload('mine.json', reason),
    );
    expect(screen.getByRole('button', { name: LAZY_TEXT.reload })).toBeInTheDocument();
  });
});
