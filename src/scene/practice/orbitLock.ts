/**
 * Orbiting stops while a stroke is drawn: the default controls (drei's OrbitControls with
 * `makeDefault`) ignore pointers while `enabled` is false. Any controls with that flag work.
 */
interface Switchable {
  enabled: boolean;
}

function isSwitchable(controls: unknown): controls is Switchable {
  return (
    typeof controls === 'object' &&
    controls !== null &&
    'enabled' in controls &&
    typeof controls.enabled === 'boolean'
  );
}

export function setControlsEnabled(controls: unknown, enabled: boolean): void {
  if (isSwitchable(controls)) controls.enabled = enabled;
}
