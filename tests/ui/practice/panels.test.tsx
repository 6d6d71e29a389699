/**
 * The practice panels, used as a learner uses them: the verdict in big words with the guide's
 * quotes and a button to clear the stroke, a bad file's problems as text (never as markup),
 * export once there is a stroke, drills chosen from the list with their grade.
 */
import { say } from '../../support/t';
import { message } from '../../../src/i18n/message';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeTrace, type TraceContext } from '../../../src/practice/analyzeTrace';
import { drillsFor, gradeDrill, type Drill } from '../../../src/practice/drills';
import { usePracticeStore } from '../../../src/state/practiceStore';
import { DrillPanel } from '../../../src/ui/practice/DrillPanel';
import { FeedbackPanel } from '../../../src/ui/practice/FeedbackPanel';
import { TraceFiles } from '../../../src/ui/practice/TraceFiles';
import { practiceStrings, VERDICT_LABELS } from '../../../src/ui/strings';
import { between, practiceContext } from '../../practice/support/context';
import { reversed, stroke, trace } from '../../practice/support/traces';

const t = practiceStrings;
let context: TraceContext;
let drills: Drill[];
beforeAll(async () => {
  context = await practiceContext();
  drills = drillsFor(context);
});

const resetStore = () => usePracticeStore.setState(usePracticeStore.getInitialState(), true);
beforeEach(resetStore);
afterEach(resetStore);

const innerLeg = () =>
  trace(
    stroke(
      between(context, 'medial_malleolus', 'groin_crease', 0, 90),
      between(context, 'medial_malleolus', 'groin_crease', 1, 90),
      { durationMs: 8000, samples: 80 },
    ),
  );

/** The learner has drawn `drawn`: checked and graded against the drill they chose, if any. */
function draw(drawn: ReturnType<typeof innerLeg>) {
  const analysis = analyzeTrace(drawn, context);
  const { drillId } = usePracticeStore.getState();
  const drill = drills.find((d) => d.id === drillId);
  act(() => {
    usePracticeStore.getState().showTrace({
      trace: drawn,
      source: 'drawn',
      analysis,
      grade: drill ? gradeDrill(drill, analysis) : null,
    });
  });
  return analysis;
}

const feedback = () => render(<FeedbackPanel protocol={context.protocol} />);

describe('the feedback panel', () => {
  it('invites a first stroke', () => {
    feedback();
    expect(screen.getByText(t.feedback.empty)).toBeVisible();
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  it('gives the verdict in big words and announces it', () => {
    feedback();
    draw(innerLeg());
    expect(screen.getByTestId('verdict')).toHaveTextContent(VERDICT_LABELS.proximal);
    expect(screen.getByRole('status')).toHaveTextContent('Stroke checked: Toward the heart ✓.');
    expect(screen.getByText(t.feedback.proximalShare(1))).toBeVisible();
    expect(screen.queryByText(t.feedback.empty)).toBeNull();
  });

  it('for a stroke down the leg: away from the heart, with the guide’s words on direction', () => {
    feedback();
    const analysis = draw(reversed(innerLeg()));
    expect(screen.getByTestId('verdict')).toHaveTextContent(VERDICT_LABELS.distal);
    const tip = analysis.messages.tips.find((tip) => tip.topic === 'direction');
    if (!tip?.quote) throw new Error('no quote from the guide on direction');
    expect(screen.getByRole('heading', { name: t.feedback.tips })).toBeVisible();
    const item = screen.getByText(say(tip.text)).closest('li');
    if (item === null) throw new Error('the tip is not in the list');
    const quoted = within(item).getByText(t.feedback.guideSays).closest('blockquote');
    expect(quoted).toHaveTextContent(`${t.feedback.guideSays} ${tip.quote.text}`);
  });

  it('clears the stroke from its button, back to the invitation', async () => {
    const user = userEvent.setup();
    feedback();
    draw(innerLeg());
    await user.click(screen.getByRole('button', { name: t.feedback.clear }));
    expect(usePracticeStore.getState().current).toBeNull();
    expect(screen.getByText(t.feedback.empty)).toBeVisible();
  });
});

describe('the trace files section', () => {
  it('lists a bad file’s problems as text, never as markup', () => {
    usePracticeStore.getState().setFileMessage({
      kind: 'error',
      fileName: '<b>evil</b>.json',
      errors: [
        {
          path: '$.samples[0].s',
          message: message('practice:traceFile.syntax', { detail: '<img src=x onerror=alert(1)>' }),
        },
      ],
    });
    const { container } = render(<TraceFiles setup={null} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(t.files.failed('<b>evil</b>.json'))).toBeVisible();
    expect(within(alert).getByText('$.samples[0].s')).toBeVisible();
    expect(within(alert).getByRole('listitem').textContent).toBe(
      '$.samples[0].s: is not valid JSON (<img src=x onerror=alert(1)>)',
    );
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('offers export only when there is a stroke', () => {
    render(<TraceFiles setup={null} />);
    const exportButton = screen.getByRole('button', { name: t.files.export });
    expect(exportButton).toBeDisabled();
    draw(innerLeg());
    expect(exportButton).toBeEnabled();
  });
});

describe('the drill panel', () => {
  it('lists every drill; the chosen one shows in the guide’s words, and a stroke gets its grade', async () => {
    const user = userEvent.setup();
    const drill = drills[0];
    if (!drill) throw new Error('no drills');
    render(<DrillPanel drills={drills} />);
    const select = screen.getByRole('combobox', { name: t.drills.choose });
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      t.drills.none,
      ...drills.map((d) => say(d.title)),
    ]);
    expect(screen.queryByText(drill.prompt)).toBeNull();
    await user.selectOptions(select, say(drill.title));
    expect(usePracticeStore.getState().drillId).toBe(drill.id);
    expect(screen.getByText(drill.prompt)).toBeVisible();
    expect(screen.queryByText(t.drills.gradeHeading)).toBeNull();
    const analysis = draw(innerLeg());
    const grade = gradeDrill(drill, analysis);
    expect(screen.getByRole('heading', { name: t.drills.gradeHeading })).toBeVisible();
    const said = grade.grade === 'pass' ? t.drills.pass : t.drills.tryAgain;
    expect(screen.getByText(said)).toBeVisible();
  });

  it('takes the next drill from its button', async () => {
    const user = userEvent.setup();
    const [first, second] = drills;
    if (!first || !second) throw new Error('fewer than two drills');
    render(<DrillPanel drills={drills} />);
    await user.click(screen.getByRole('button', { name: t.drills.next }));
    expect(screen.getByRole('combobox', { name: t.drills.choose })).toHaveValue(first.id);
    await user.click(screen.getByRole('button', { name: t.drills.next }));
    expect(screen.getByRole('combobox', { name: t.drills.choose })).toHaveValue(second.id);
    expect(screen.getByText(second.prompt)).toBeVisible();
  });

  it('waits for the leg before it can offer drills', () => {
    render(<DrillPanel drills={null} />);
    expect(screen.getByText(t.drills.loading)).toBeVisible();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
