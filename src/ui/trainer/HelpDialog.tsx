import type { Protocol } from '../../protocol/schema';
import type { ShortcutKind } from '../../state/shortcuts';
import { useViewStore } from '../../state/viewStore';
import { ArrowUpIcon } from '../icons/ArrowUpIcon';
import { Credits } from './Credits';
import { SHORTCUT_HELP, trainerStrings } from '../strings';
import { Modal } from './Modal';
import { PressureRings } from './PressureRings';
import { zoneLegend } from './zoneLegend';
import { ZoneLegendList } from './ZoneLegendList';

const SHORTCUTS = Object.keys(SHORTCUT_HELP) as ShortcutKind[];

/** The keyboard shortcuts and what the arrows, lanes, rings and colours on the leg mean. */
export function HelpDialog({ protocol }: { protocol: Protocol }) {
  const open = useViewStore((s) => s.helpOpen);
  const setHelpOpen = useViewStore((s) => s.setHelpOpen);
  const t = trainerStrings.help;
  return (
    <Modal
      open={open}
      onClose={() => setHelpOpen(false)}
      title={t.title}
      testId="help-dialog"
      className="trainer-help"
    >
      <h3>{t.shortcuts}</h3>
      <table className="trainer-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t.key}</th>
            <th scope="col">{t.action}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((kind) => (
            <tr key={kind}>
              <td>
                <kbd>{SHORTCUT_HELP[kind].keys}</kbd>
              </td>
              <td>{SHORTCUT_HELP[kind].does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.symbols}</h3>
      <ul className="trainer-symbols">
        <li>
          <ArrowUpIcon className="trainer-symbol-icon" /> {t.arrows}
        </li>
        <li>{t.lanes}</li>
        <li>
          <span className="trainer-symbol-icon">
            <PressureRings pressure="light" />
            <PressureRings pressure="moderate" />
            <PressureRings pressure="firm" />
          </span>{' '}
          {t.rings}
        </li>
        <li>
          {t.zones}
          <ZoneLegendList entries={zoneLegend(protocol)} withReasons />
        </li>
      </ul>
      <Credits />
    </Modal>
  );
}
