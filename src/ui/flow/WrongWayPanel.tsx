/**
 * The valves card over the stage (top left): the "wrong way" demonstration — a switch that plays
 * each stroke down the leg — with, while the valves layer shows, a close-up of the valve ahead of
 * the hands and the layer's key; below, what the valves do for the stroke being shown and why
 * strokes go toward the heart: the protocol's own reason for its direction rule, then what the
 * valves are seen to do.
 */
import type { Rule } from '../../protocol/schema';
import { CLOSE_UP_SLOW_MOTION } from '../../scene/flow/flowLook';
import { useFlowStore } from '../../state/flowStore';
import { useViewStore } from '../../state/viewStore';
import { flowStrings } from '../strings';
import { CloseUpWindow } from './CloseUpWindow';
import { ValveNote } from './ValveNote';
import { setWrongWayShown } from './wrongWayActions';

type DirectionRule = Extract<Rule, { kind: 'direction' }>;

export function WrongWayPanel({ rules }: { rules: readonly Rule[] }) {
  const wrongWay = useFlowStore((s) => s.wrongWay);
  const valves = useViewStore((s) => s.layers.valves);
  const rule = rules.find((r): r is DirectionRule => r.kind === 'direction');
  const { wrongWay: w, legend } = flowStrings;
  return (
    <section
      className="flow-card"
      aria-labelledby="flow-card-heading"
      data-testid="wrong-way-panel"
      data-valves={valves}
    >
      <div className="flow-piece flow-head">
        <h2 id="flow-card-heading" className="flow-heading">
          {flowStrings.panel.title}
        </h2>
        <button
          type="button"
          className={wrongWay ? 'flow-button flow-button--on' : 'flow-button'}
          aria-pressed={wrongWay}
          onClick={() => setWrongWayShown(!wrongWay)}
        >
          {w.show}
        </button>
      </div>
      {valves && <CloseUpWindow />}
      <div className="flow-piece flow-foot">
        <p className="flow-status" role="status">
          {wrongWay ? w.playing : ''}
        </p>
        {valves && (
          <p className="flow-key">
            {legend.dots} {legend.valves} {legend.sizes(CLOSE_UP_SLOW_MOTION)} {legend.counts}
          </p>
        )}
        <details className="flow-why">
          <summary>{w.why}</summary>
          <ValveNote />
          {rule !== undefined && <p>{rule.why}</p>}
          <p>{w.consequence}</p>
          <p>{w.watch}</p>
        </details>
      </div>
    </section>
  );
}
