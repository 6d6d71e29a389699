/**
 * The trainer's DOM parts, composed by the app around the 3D stage:
 * - `TrainerPanel` (left), `TransportBar` (bottom), `PhaseAnnouncer` (anywhere never hidden);
 * - over the stage: `ViewControls` (top right), `ZoneLegend` (bottom left), `PresenterCaption`
 *   (bottom); `HelpDialog` anywhere;
 * - `useTrainerBehaviour()` once: shortcuts, deep link, setup step, full screen.
 */
export { HelpDialog } from './HelpDialog';
export { PhaseAnnouncer } from './PhaseAnnouncer';
export { PresenterCaption } from './PresenterCaption';
export { TrainerPanel } from './TrainerPanel';
export { TransportBar } from './TransportBar';
export { useTrainerBehaviour } from './useTrainerBehaviour';
export { ViewControls } from './ViewControls';
export { ZoneLegend } from './ZoneLegend';
