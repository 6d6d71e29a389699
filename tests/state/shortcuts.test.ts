/** The keyboard shortcut table: which key does what, and where keys are left alone. */
import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from '../../src/state/shortcuts';
import { CAMERA_PRESETS } from '../../src/state/viewStore';

const press = (key: string, extra: Partial<KeyLike> = {}): ReturnType<typeof shortcutFor> =>
  shortcutFor({
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    targetTag: 'BODY',
    ...extra,
  });

describe('keyboard shortcuts', () => {
  it('plays and pauses with Space', () => {
    expect(press(' ')).toEqual({ kind: 'toggle-play' });
    expect(press(' ', { targetTag: 'canvas' })).toEqual({ kind: 'toggle-play' });
  });

  it('plays and pauses with Space on a focused toggle instead of flipping it', () => {
    expect(press(' ', { targetTag: 'BUTTON', targetToggle: true })).toEqual({
      kind: 'toggle-play',
    });
    expect(press('Enter', { targetTag: 'BUTTON', targetToggle: true })).toBeNull();
  });

  it('leaves Space to a focused button, link or summary, which it presses', () => {
    for (const tag of ['BUTTON', 'a', 'SUMMARY']) expect(press(' ', { targetTag: tag })).toBeNull();
  });

  it('seeks 5 s with the arrows and steps phases with Shift+arrows or Page Up/Down', () => {
    expect(press('ArrowLeft')).toEqual({ kind: 'seek-by', seconds: -5 });
    expect(press('ArrowRight')).toEqual({ kind: 'seek-by', seconds: 5 });
    expect(press('ArrowLeft', { shiftKey: true })).toEqual({ kind: 'step-phase', direction: -1 });
    expect(press('ArrowRight', { shiftKey: true })).toEqual({ kind: 'step-phase', direction: 1 });
    expect(press('PageUp')).toEqual({ kind: 'step-phase', direction: -1 });
    expect(press('PageDown')).toEqual({ kind: 'step-phase', direction: 1 });
  });

  it('chooses the camera presets with 1–5, in the order front, medial, lateral, back, self', () => {
    expect(CAMERA_PRESETS).toEqual(['front', 'medial', 'lateral', 'back', 'self']);
    CAMERA_PRESETS.forEach((preset, index) => {
      expect(press(String(index + 1))).toEqual({ kind: 'camera', preset });
    });
    expect(press('6')).toBeNull();
    expect(press('0')).toBeNull();
  });

  it('toggles the leg, presenter mode and the zones, and opens the help, in either case', () => {
    for (const key of ['l', 'L']) expect(press(key)).toEqual({ kind: 'toggle-leg' });
    for (const key of ['p', 'P']) expect(press(key)).toEqual({ kind: 'toggle-presenter' });
    for (const key of ['z', 'Z']) expect(press(key)).toEqual({ kind: 'toggle-zones' });
    for (const key of ['h', 'H']) expect(press(key)).toEqual({ kind: 'open-help' });
    expect(press('?', { shiftKey: true })).toEqual({ kind: 'open-help' });
  });

  it('changes speed with + and − (with or without Shift on the same key)', () => {
    expect(press('+', { shiftKey: true })).toEqual({ kind: 'speed-step', direction: 1 });
    expect(press('=')).toEqual({ kind: 'speed-step', direction: 1 });
    expect(press('-')).toEqual({ kind: 'speed-step', direction: -1 });
    expect(press('_', { shiftKey: true })).toEqual({ kind: 'speed-step', direction: -1 });
  });

  it('leaves presenter mode with Escape', () => {
    expect(press('Escape')).toEqual({ kind: 'exit-presenter' });
  });

  it('does nothing while typing in an input, select, text area or editable text', () => {
    for (const tag of ['INPUT', 'select', 'TEXTAREA']) {
      for (const key of [' ', 'ArrowLeft', '1', 'l', 'p', '?', '+', 'PageDown']) {
        expect(press(key, { targetTag: tag }), `${key} in ${tag}`).toBeNull();
      }
    }
    expect(press('l', { targetTag: 'DIV', targetEditable: true })).toBeNull();
  });

  it('does nothing when Ctrl, Meta or Alt is held (browser and system shortcuts)', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      for (const key of [' ', 'ArrowLeft', '1', 'l', 'p', 'z', '+', '-']) {
        expect(press(key, { [modifier]: true }), `${modifier}+${key}`).toBeNull();
      }
    }
  });

  it('ignores other keys', () => {
    for (const key of ['a', 'Enter', 'Tab', 'ArrowUp', 'ArrowDown', 'Home', 'F5', 'Shift', '']) {
      expect(press(key), key).toBeNull();
    }
  });
});
