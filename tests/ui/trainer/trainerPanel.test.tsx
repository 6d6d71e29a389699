/**
 * The trainer panel, used as a learner uses it: safety first (the other checks behind a button),
 * the direction rule with its why on demand, the outline that jumps to a phase, the setup
 * checklist, then the phase under the playhead with its words from the protocol.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import type { Protocol } from '../../../src/protocol/schema';
import type { Timeline } from '../../../src/protocol/timeline';
import { setClockTime } from '../../../src/state/clock';
import { usePlaybackStore } from '../../../src/state/playbackStore';
import { useViewStore } from '../../../src/state/viewStore';
import { describeLane } from '../../../src/ui/describe';
import { PRESSURE_LABELS, strings, trainerStrings } from '../../../src/ui/strings';
import { strokeAt } from '../../../src/ui/trainer/currentPhase';
import { formatProgress } from '../../../src/ui/trainer/formatTime';
import { TrainerPanel } from '../../../src/ui/trainer/TrainerPanel';
import { demoTimeline, freshTrainerStoresEachTest } from '../../support/trainerStores';

const protocol = defaultProtocol;
const t = trainerStrings;
let timeline: Timeline;

beforeAll(async () => {
  timeline = await demoTimeline(protocol);
});
freshTrainerStoresEachTest();

/** The panel with the lesson loaded, as the app shows it once the leg is in. */
function showPanel(p: Protocol = protocol) {
  usePlaybackStore.getState().setTimeline(timeline);
  return render(<TrainerPanel protocol={p} />);
}

const stopItem = () => {
  const stop = protocol.contraindications.find((c) => c.severity === 'stop');
  if (stop === undefined) throw new Error('no stop item');
  return stop;
};

/** Whether `a` comes before `b` in the page. */
const before = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Chooses phase `phaseIndex` in the outline, then lets the lesson run to the middle of it. */
async function goToPhaseMiddle(phaseIndex: number) {
  const user = userEvent.setup();
  const phase = protocol.phases[phaseIndex];
  if (phase === undefined) throw new Error(`no phase ${phaseIndex}`);
  const outline = screen.getByRole('navigation', { name: t.outline.title });
  await user.click(
    within(outline).getByRole('button', { name: new RegExp(escapeRegExp(phase.name)) }),
  );
  const span = timeline.spans[usePlaybackStore.getState().spanIndex];
  if (span?.phaseIndex !== phaseIndex) throw new Error('the outline did not go to the phase');
  act(() => setClockTime((span.start + span.end) / 2));
  return span;
}

describe('the trainer panel', () => {
  it('starts with the "stop" contraindication: its name, signs and action, before anything else', () => {
    showPanel();
    const dvt = stopItem();
    const safety = screen.getByRole('region', { name: t.safetyStrip.label });
    const name = within(safety).getByRole('heading', { name: dvt.name });
    const direction = screen.getByRole('heading', { name: strings.rules.direction });
    expect(before(name, direction)).toBe(true);
    // The strip's own words, not those of the (closed) dialog it holds.
    const onStrip = { ignore: 'dialog *' };
    expect(within(safety).getByText(dvt.action, onStrip)).toBeVisible();
    const signs = within(safety).getByText(dvt.signs.join('; '), { exact: false, ...onStrip });
    for (const sign of dvt.signs) expect(signs).toHaveTextContent(sign);
    expect(within(safety).getByRole('button', { name: t.safetyStrip.allChecks })).toBeVisible();
  });

  it('keeps the other contraindications in the safety dialog, opened from the strip', async () => {
    const user = userEvent.setup();
    showPanel();
    const others = protocol.contraindications.filter((c) => c.severity !== 'stop');
    expect(others.length).toBeGreaterThan(0);
    for (const item of others)
      expect(screen.queryByRole('heading', { name: item.name })).toBeNull();
    await user.click(screen.getByRole('button', { name: t.safetyStrip.allChecks }));
    const dialog = screen.getByRole('dialog', { name: t.safetyDialog.title });
    for (const item of protocol.contraindications) {
      expect(within(dialog).getByRole('heading', { name: item.name })).toBeVisible();
    }
  });

  it('pins "Always toward the heart", with the protocol’s rule and its why behind a button', async () => {
    const user = userEvent.setup();
    showPanel();
    const rule = protocol.rules.find((r) => r.kind === 'direction');
    if (rule?.kind !== 'direction') throw new Error('no direction rule');
    expect(screen.getByRole('heading', { name: strings.rules.direction })).toBeVisible();
    const why = screen.getByRole('button', { name: t.direction.why });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    const details = document.getElementById(why.getAttribute('aria-controls') ?? '∅');
    if (details === null) throw new Error('the button controls nothing');
    expect(details).not.toBeVisible();
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(details).toBeVisible();
    expect(within(details).getByText(rule.text)).toBeVisible();
    expect(within(details).getByText(rule.why)).toBeVisible();
    await user.click(why);
    expect(details).not.toBeVisible();
  });

  it('outlines setup and then every phase in order, setup current at first', () => {
    showPanel();
    const outline = screen.getByRole('navigation', { name: t.outline.title });
    const entries = within(outline).getAllByRole('button');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      `✓${t.outline.setup}`,
      ...protocol.phases.map((p, i) => `${i + 1}${p.name}`),
    ]);
    const current = entries.filter((entry) => entry.getAttribute('aria-current') === 'step');
    expect(current).toEqual([entries[0]]);
  });

  it('shows the setup checklist first, one labelled checkbox per step, counting the ticks', async () => {
    const user = userEvent.setup();
    showPanel();
    expect(screen.getByRole('region', { name: strings.setup.title })).toBeVisible();
    expect(screen.queryByTestId('phase-card')).toBeNull();
    expect(screen.getAllByRole('checkbox')).toHaveLength(protocol.setup.length);
    for (const step of protocol.setup) {
      expect(
        screen.getByRole('checkbox', { name: new RegExp(escapeRegExp(step.text)) }),
      ).not.toBeChecked();
    }
    expect(screen.getByText(t.setup.ready(0, protocol.setup.length))).toBeVisible();
    const first = protocol.setup[0];
    if (first === undefined) throw new Error('no setup step');
    const box = screen.getByRole('checkbox', { name: new RegExp(escapeRegExp(first.text)) });
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByText(t.setup.ready(1, protocol.setup.length))).toBeVisible();
  });

  it('goes on to phase 1 from the setup checklist', async () => {
    const user = userEvent.setup();
    showPanel();
    await user.click(screen.getByRole('button', { name: t.setup.start }));
    const card = screen.getByTestId('phase-card');
    expect(within(card).getByText(protocol.phases[0]?.name ?? '∅')).toBeVisible();
    expect(screen.queryByTestId('setup-card')).toBeNull();
  });

  it('shows the phase under the playhead: its words, the stroke in words, and the time in it', async () => {
    showPanel();
    const span = await goToPhaseMiddle(1);
    const phase = protocol.phases[1];
    if (phase === undefined) throw new Error('no phase 2');
    const card = screen.getByRole('region', { name: new RegExp(escapeRegExp(phase.name)) });
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(
      `${strings.phases.phaseNumber(2, protocol.phases.length)}${phase.name}`,
    );
    expect(within(card).getByText(PRESSURE_LABELS[phase.pressure])).toBeVisible();
    expect(within(card).getByText(phase.purpose)).toBeVisible();
    for (const cue of phase.cues) expect(within(card).getByText(cue)).toBeVisible();
    const stroke = strokeAt(timeline, phase, (span.start + span.end) / 2);
    if (stroke === undefined) throw new Error('no stroke under the playhead');
    expect(within(card).getByText(describeLane(stroke), { exact: false })).toBeVisible();
    expect(card.querySelectorAll('circle')).toHaveLength(3); // firm: three rings
    // The time in the phase, written by the clock listener a few times a second.
    const time = within(card).getByTestId('phase-time');
    const expected = formatProgress((span.end - span.start) / 2, span.end - span.start);
    await waitFor(() => expect(time).toHaveTextContent(expected));
  });

  it('marks the outline entry of the current phase', async () => {
    showPanel();
    await goToPhaseMiddle(2);
    const outline = screen.getByRole('navigation', { name: t.outline.title });
    const current = within(outline)
      .getAllByRole('button')
      .filter((entry) => entry.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent(protocol.phases[2]?.name ?? '∅');
  });

  it('marks the cue for this moment of the phase', async () => {
    showPanel();
    const span = await goToPhaseMiddle(0);
    act(() => setClockTime(span.start + 0.01));
    const [first, second] = protocol.phases[0]?.cues ?? [];
    if (first === undefined || second === undefined) throw new Error('phase 1 has < 2 cues');
    expect(screen.getByText(first)).toHaveClass('trainer-cue--current');
    expect(screen.getByText(second)).not.toHaveClass('trainer-cue--current');
  });

  it('renders protocol text as text, never as markup', () => {
    const hostile = structuredClone(protocol);
    const stop = hostile.contraindications.find((c) => c.severity === 'stop');
    if (stop === undefined) throw new Error('no stop item');
    stop.name = '<img src=x onerror="alert(1)">DVT';
    const { container } = showPanel(hostile);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { name: stop.name })).toBeVisible();
  });

  it('is hidden in presenter mode', () => {
    const { unmount } = showPanel();
    expect(screen.getByRole('complementary', { name: t.panel.label })).toBeVisible();
    unmount();
    useViewStore.setState({ presenter: true });
    showPanel();
    expect(screen.queryByRole('complementary', { name: t.panel.label })).toBeNull();
    expect(screen.getByTestId('trainer-panel')).not.toBeVisible();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
