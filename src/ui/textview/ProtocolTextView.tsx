import type { Protocol } from '../../protocol/schema';
import { AboutGuide } from './AboutGuide';
import { Contents } from './Contents';
import { Overview } from './Overview';
import { PhaseList } from './PhaseList';
import { RulesList } from './RulesList';
import { SafetyPanel } from './SafetyPanel';
import { SetupList } from './SetupList';
import { TimingAndFrequency } from './TimingAndFrequency';

/**
 * The whole protocol as a readable document: the "Read" mode of the app and the fallback where
 * WebGL is missing. Safety comes first. Plain DOM only: no 3D imports here.
 *
 * Every text from the protocol is rendered as a React text node, never as HTML.
 */
export function ProtocolTextView({ protocol }: { protocol: Protocol }) {
  return (
    <article className="textview">
      <SafetyPanel contraindications={protocol.contraindications} />
      <Contents phases={protocol.phases} />
      <div className="textview-body">
        <Overview protocol={protocol} />
        <SetupList steps={protocol.setup} />
        <PhaseList phases={protocol.phases} />
        <RulesList rules={protocol.rules} keepOff={protocol.keepOff} />
        <TimingAndFrequency timing={protocol.timing} frequency={protocol.frequency} />
        <AboutGuide
          source={protocol.source}
          pacingNote={protocol.pacingNote}
          disclaimer={protocol.disclaimer}
        />
      </div>
    </article>
  );
}
