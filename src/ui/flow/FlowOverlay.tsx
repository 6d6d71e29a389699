/**
 * The valve lesson's DOM over the stage: the valves card, top left. The overlay itself lets
 * pointer events through to the canvas; only the card's pieces take them.
 */
import type { Rule } from '../../protocol/schema';
import { WrongWayPanel } from './WrongWayPanel';
import './flow.css';

export function FlowOverlay({ rules }: { rules: readonly Rule[] }) {
  return (
    <div className="flow-overlay">
      <WrongWayPanel rules={rules} />
    </div>
  );
}
