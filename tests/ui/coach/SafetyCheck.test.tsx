/**
 * The safety check as a person uses it: nothing goes on until every question is answered; a
 * "yes" shows what to do; a sign of a clot replaces the questions with the guidance and leaves
 * no way to go on; a consult answer waits for a professional's word.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { useCoachStore } from '../../../src/state/coach/coachStore';
import { SafetyCheck } from '../../../src/ui/coach/SafetyCheck';
import { COACH_TEXT } from '../../../src/ui/strings';

const ids = defaultProtocol.contraindications.map((c) => c.id);
const byId = (id: string) => defaultProtocol.contraindications.find((c) => c.id === id);

beforeEach(() => useCoachStore.setState(useCoachStore.getInitialState(), true));

async function answer(id: string, value: 'Yes' | 'No') {
  const question = screen.getByTestId(`coach-question-${id}`);
  await userEvent.click(within(question).getByLabelText(value));
}

describe('SafetyCheck', () => {
  it('goes on only once every question is answered no', async () => {
    render(<SafetyCheck protocol={defaultProtocol} />);
    expect(screen.getByText(COACH_TEXT.checkNotDiagnosis)).toBeInTheDocument();
    const next = screen.getByTestId('coach-check-continue');
    for (const id of ids.slice(0, -1)) await answer(id, 'No');
    expect(next).toBeDisabled();
    await answer(ids[ids.length - 1] ?? '', 'No');
    expect(next).toBeEnabled();
    await userEvent.click(next);
    expect(useCoachStore.getState().step).toBe('prepare');
  });

  it('ends at a sign of a clot: the guidance, and no way on', async () => {
    render(<SafetyCheck protocol={defaultProtocol} />);
    for (const id of ids) await answer(id, 'No');
    await answer('suspected-dvt', 'Yes');
    const blocked = screen.getByTestId('coach-blocked');
    expect(blocked).toHaveTextContent(COACH_TEXT.blockedHeading);
    expect(blocked).toHaveTextContent(byId('suspected-dvt')?.action ?? '-');
    expect(screen.queryByTestId('coach-check-continue')).toBeNull();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  it('shows what to do for a yes, and waits for a professional on a consult answer', async () => {
    render(<SafetyCheck protocol={defaultProtocol} />);
    for (const id of ids) await answer(id, 'No');
    await answer('severe-varicose-veins', 'Yes');
    expect(
      screen.getAllByText(byId('severe-varicose-veins')?.action ?? '-', { exact: false }).length,
    ).toBeGreaterThan(0);
    expect(screen.getByTestId('coach-check-continue')).toBeEnabled();
    await answer('circulatory-condition-or-doubt', 'Yes');
    expect(screen.getByTestId('coach-check-continue')).toBeDisabled();
    await userEvent.click(screen.getByLabelText(COACH_TEXT.consultCleared));
    expect(screen.getByTestId('coach-check-continue')).toBeEnabled();
  });
});
