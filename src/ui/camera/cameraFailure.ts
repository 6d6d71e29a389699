/**
 * Why the camera did not start, from the error getUserMedia threw (its DOMException names, as
 * browsers report them), as one of the problems the panel explains.
 */
import type { CameraProblem } from './cameraStrings';

export function cameraFailure(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'refused';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use';
    default:
      return 'no-camera';
  }
}
