import { describe, expect, it } from 'vitest';
import { cameraFailure } from '../../../src/ui/camera/cameraFailure';

describe('cameraFailure', () => {
  it('tells a refusal, a busy camera and a missing one apart by the error getUserMedia throws', () => {
    expect(cameraFailure(new DOMException('', 'NotAllowedError'))).toBe('refused');
    expect(cameraFailure(new DOMException('', 'SecurityError'))).toBe('refused');
    expect(cameraFailure(new DOMException('', 'NotReadableError'))).toBe('in-use');
    expect(cameraFailure(new DOMException('', 'NotFoundError'))).toBe('no-camera');
    expect(cameraFailure(new DOMException('', 'OverconstrainedError'))).toBe('no-camera');
    expect(cameraFailure('anything')).toBe('no-camera');
  });
});
