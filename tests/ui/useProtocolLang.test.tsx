/**
 * The protocol's own text carries its language (`lang`, `dir`), so a user's English protocol in
 * the Arabic page is read as English, left to right; the page's words keep the page's language.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../src/protocol/defaultProtocol';
import { bundledProtocol, useProtocolStore } from '../../src/state/protocolStore';
import { strings } from '../../src/ui/strings';
import { ProtocolTextView } from '../../src/ui/textview';

afterEach(() => {
  act(() => useProtocolStore.getState().setProtocol(bundledProtocol));
});

const phase = defaultProtocol.phases[0]!;

describe('the protocol text’s language', () => {
  it('is English, left to right, for a protocol that declares none', () => {
    act(() => useProtocolStore.getState().setProtocol(defaultProtocol));
    render(<ProtocolTextView protocol={defaultProtocol} />);
    const purpose = screen.getByText(phase.purpose);
    expect(purpose.getAttribute('lang')).toBe('en');
    expect(purpose.getAttribute('dir')).toBe('ltr');
    // The page's own heading is not marked: it is in the page's language.
    expect(screen.getByRole('heading', { name: strings.setup.title }).closest('[lang]')).toBeNull();
  });

  it('is the one the protocol file declares', () => {
    const declared = { ...defaultProtocol, language: 'he' };
    act(() => useProtocolStore.getState().setProtocol(declared));
    render(<ProtocolTextView protocol={declared} />);
    const purpose = screen.getByText(phase.purpose);
    expect(purpose.getAttribute('lang')).toBe('he');
    expect(purpose.getAttribute('dir')).toBe('rtl');
  });

  it('is the translation’s when a translation is shown', () => {
    act(() => {
      useProtocolStore.getState().setProtocol(defaultProtocol);
      useProtocolStore.getState().setShown(defaultProtocol, defaultProtocol, 'ar');
    });
    render(<ProtocolTextView protocol={defaultProtocol} />);
    for (const item of phase.cues.flatMap((cue) => screen.getAllByText(cue))) {
      expect(item.getAttribute('lang')).toBe('ar');
      expect(item.getAttribute('dir')).toBe('rtl');
    }
  });
});
