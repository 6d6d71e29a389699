import { describe, expect, it } from 'vitest';
import { CONTACT_OFF, CONTACT_ON, inContact } from '../../src/camera/handContact';

describe('inContact', () => {
  it('takes a hand onto the leg near the line and keeps it there a little farther out', () => {
    const between = (CONTACT_ON + CONTACT_OFF) / 2;
    expect(inContact(0, false)).toBe(true);
    expect(inContact(between, false)).toBe(false);
    expect(inContact(between, true)).toBe(true);
    expect(inContact(CONTACT_OFF * 1.01, true)).toBe(false);
  });
});
