/**
 * The stage overlays and dialogs, used as a learner uses them: the view and layers drawers, the
 * zone key with its reasons on demand, the presenter caption, the help dialog and the phase
 * announcer.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import type { Timeline } from '../../../src/protocol/timeline';
import { tintedZoneColour } from '../../../src/scene/zonePalette';
import { setClockTime } from '../../../src/state/clock';
import { usePlaybackStore } from '../../../src/state/playbackStore';
import { useSetupStore } from '../../../src/state/setupStore';
import { CAMERA_PRESETS, DEFAULT_LAYERS, LAYERS, useViewStore } from '../../../src/state/viewStore';
import {
  CAMERA_LABELS,
  LAYER_LABELS,
  SCREEN_TEXT,
  SHORTCUT_HELP,
  strings,
  trainerStrings,
  ZONE_TITLES,
} from '../../../src/ui/strings';
import { HelpDialog } from '../../../src/ui/trainer/HelpDialog';
import { PhaseAnnouncer } from '../../../src/ui/trainer/PhaseAnnouncer';
import { PresenterCaption } from '../../../src/ui/trainer/PresenterCaption';
import { goToPhase, stepPhase } from '../../../src/ui/trainer/trainerActions';
import { ViewControls } from '../../../src/ui/trainer/ViewControls';
import { ZoneLegend } from '../../../src/ui/trainer/ZoneLegend';
import { demoTimeline, freshTrainerStoresEachTest } from '../../support/trainerStores';

const protocol = defaultProtocol;
const t = trainerStrings;
let timeline: Timeline;

beforeAll(async () => {
  timeline = await demoTimeline(protocol);
});
freshTrainerStoresEachTest();

describe('the view controls', () => {
  it('offer every camera preset in the View drawer, the chosen one pressed', async () => {
    const user = userEvent.setup();
    render(<ViewControls />);
    const drawer = screen.getByRole('button', { name: SCREEN_TEXT.view });
    expect(drawer).toHaveAttribute('aria-expanded', 'false');
    await user.click(drawer);
    expect(drawer).toHaveAttribute('aria-expanded', 'true');
    const cameras = screen.getByRole('group', { name: t.view.camera });
    expect(within(cameras).getAllByRole('button')).toHaveLength(CAMERA_PRESETS.length);
    await user.click(within(cameras).getByRole('button', { name: CAMERA_LABELS.lateral }));
    expect(useViewStore.getState().camera).toBe('lateral');
    for (const preset of CAMERA_PRESETS) {
      const button = within(cameras).getByRole('button', { name: CAMERA_LABELS[preset] });
      expect(button).toHaveAttribute('aria-pressed', preset === 'lateral' ? 'true' : 'false');
    }
  });

  it('offer both legs, the chosen one pressed', async () => {
    const user = userEvent.setup();
    render(<ViewControls />);
    await user.click(screen.getByRole('button', { name: SCREEN_TEXT.view }));
    const legs = screen.getByRole('group', { name: t.view.leg });
    const left = within(legs).getByRole('button', { name: 'Left leg' });
    const right = within(legs).getByRole('button', { name: 'Right leg' });
    await user.click(left);
    expect(left).toHaveAttribute('aria-pressed', 'true');
    expect(right).toHaveAttribute('aria-pressed', 'false');
    expect(useViewStore.getState().leg).toBe('left');
  });

  it('offer a checkbox for every layer and the skin opacity in the Layers drawer', async () => {
    const user = userEvent.setup();
    useViewStore.getState().setSkinOpacity(0.4);
    render(<ViewControls />);
    await user.click(screen.getByRole('button', { name: t.view.layers }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(LAYERS.length);
    for (const layer of LAYERS) {
      const box = screen.getByRole('checkbox', { name: LAYER_LABELS[layer] });
      if (DEFAULT_LAYERS[layer]) expect(box).toBeChecked();
      else expect(box).not.toBeChecked();
    }
    const zones = screen.getByRole('checkbox', { name: LAYER_LABELS.zones });
    await user.click(zones);
    expect(zones).not.toBeChecked();
    expect(useViewStore.getState().layers.zones).toBe(!DEFAULT_LAYERS.zones);
    const opacity = screen.getByRole('slider', { name: new RegExp(t.view.skinOpacity) });
    expect(opacity).toHaveValue('0.4');
    expect(opacity).toHaveAttribute('min', '0.05');
    expect(opacity).toHaveAttribute('max', '1');
    expect(opacity).toHaveAttribute('step', '0.05');
    expect(screen.getByText('40%')).toBeVisible();
  });

  it('offer presenter mode, help that opens the help dialog, and a link to this view', async () => {
    const user = userEvent.setup();
    render(<ViewControls />);
    expect(screen.getByRole('button', { name: t.view.presenter })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await user.click(screen.getByRole('button', { name: t.view.helpLabel }));
    expect(useViewStore.getState().helpOpen).toBe(true);
    expect(screen.getByRole('button', { name: t.view.copyLinkLabel })).toHaveTextContent(
      t.view.copyLink,
    );
    expect(screen.getByRole('status')).toBeInTheDocument();
  });
});

describe('the zone legend', () => {
  it('shows each level with its colour and title, the protocol’s reasons on demand, and the ring note', async () => {
    const user = userEvent.setup();
    render(<ZoneLegend protocol={protocol} />);
    await user.click(screen.getByRole('button', { name: SCREEN_TEXT.key }));
    const legend = screen.getByRole('region', { name: t.legend.title });
    const levels = ['keep-off', 'light', 'moderate', 'firm'] as const;
    for (const level of levels) {
      const title = within(legend).getByText(ZONE_TITLES[level]);
      expect(title).toBeVisible();
      // The swatch beside the title: the colour the skin shows, striped where the skin is.
      const swatch = title.closest('li')?.querySelector('[aria-hidden="true"]');
      expect(swatch).toHaveStyle({ backgroundColor: tintedZoneColour(level) });
      if (level === 'keep-off') expect(swatch).toHaveAttribute('data-striped', 'true');
      else expect(swatch).not.toHaveAttribute('data-striped');
    }
    const kneading = protocol.rules.find((r) => r.id === 'kneading-firm-not-painful');
    if (kneading === undefined) throw new Error('no kneading rule');
    expect(within(legend).getByText(kneading.text)).not.toBeVisible();
    await user.click(within(legend).getByRole('button', { name: t.legend.why }));
    expect(within(legend).getByText(kneading.text)).toBeVisible();
    expect(within(legend).getByText(t.legend.rings)).toBeVisible();
  });

  it('is not there while the zones layer is off', () => {
    useViewStore.getState().toggleLayer('zones');
    expect(useViewStore.getState().layers.zones).toBe(false);
    const { container } = render(<ZoneLegend protocol={protocol} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the presenter caption', () => {
  it('is there only in presenter mode', () => {
    const { container } = render(<PresenterCaption protocol={protocol} />);
    expect(container).toBeEmptyDOMElement();
    act(() => useViewStore.getState().setPresenter(true));
    expect(screen.getByText(strings.setup.title)).toBeVisible();
  });

  it('names the phase and the cue for this moment, as the lesson plays on', () => {
    useViewStore.getState().setPresenter(true);
    usePlaybackStore.getState().setTimeline(timeline);
    render(<PresenterCaption protocol={protocol} />);
    const phase = protocol.phases[1];
    const [first, last] = [phase?.cues[0], phase?.cues.at(-1)];
    if (phase === undefined || first === undefined || last === undefined || first === last) {
      throw new Error('phase 2 needs two cues');
    }
    act(() => goToPhase(1));
    const name = screen.getByText(phase.name);
    expect(name).toBeVisible();
    expect(name.parentElement?.textContent).toBe(`Phase 2 of 4: ${phase.name}`);
    expect(screen.getByText(first)).toBeVisible();
    const span = timeline.spans[usePlaybackStore.getState().spanIndex];
    if (span === undefined) throw new Error('no span');
    act(() => setClockTime(span.end - 0.01));
    expect(screen.getByText(last)).toBeVisible();
    expect(screen.queryByText(first)).toBeNull();
  });

  it('during setup, shows the first step not yet ticked', () => {
    useViewStore.getState().setPresenter(true);
    const [first, second, third] = protocol.setup;
    if (first === undefined || second === undefined || third === undefined) {
      throw new Error('setup needs three steps');
    }
    render(<PresenterCaption protocol={protocol} />);
    expect(screen.getByText(first.text)).toBeVisible();
    act(() => useSetupStore.getState().toggleTicked(first.id));
    expect(screen.getByText(second.text)).toBeVisible();
    expect(screen.queryByText(first.text)).toBeNull();
    act(() => useSetupStore.getState().toggleTicked(second.id));
    expect(screen.getByText(third.text)).toBeVisible();
  });
});

describe('the help dialog', () => {
  it('opens from the help button and lists every shortcut and what the leg shows', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ViewControls />
        <HelpDialog protocol={protocol} />
      </>,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: t.view.helpLabel }));
    const dialog = screen.getByRole('dialog', { name: t.help.title });
    const table = within(dialog).getByRole('table');
    for (const { keys, does } of Object.values(SHORTCUT_HELP)) {
      const row = within(table).getByRole('row', { name: `${keys} ${does}` });
      expect(within(row).getByText(keys).tagName).toBe('KBD');
    }
    for (const text of [t.help.arrows, t.help.lanes, t.help.rings, t.help.zones]) {
      expect(within(dialog).getByText(text)).toBeVisible();
    }
    for (const title of Object.values(ZONE_TITLES)) {
      expect(within(dialog).getByText(title)).toBeVisible();
    }
  });
});

describe('the phase announcer', () => {
  it('is a polite live region naming the phase under the playhead', () => {
    usePlaybackStore.getState().setTimeline(timeline);
    render(<PhaseAnnouncer protocol={protocol} />);
    const announcer = screen.getByTestId('phase-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent(strings.setup.title);
    act(() => stepPhase(1));
    act(() => stepPhase(1));
    const phase = protocol.phases[timeline.spans[1]?.phaseIndex ?? -1];
    expect(announcer).toHaveTextContent(`Phase 2 of 4: ${phase?.name ?? '∅'}`);
  });
});
