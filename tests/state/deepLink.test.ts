/** Links to a view: what is written, what is read back, and that any link still opens. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEG_SIDES } from '../../src/anatomy/names';
import {
  decodeView,
  encodeView,
  LINK_KEYS,
  LINK_MINUTES,
  MAX_LINK_SECONDS,
  MAX_LINK_SPAN,
  mergeSearch,
  type LinkState,
} from '../../src/state/deepLink';
import { SPEEDS } from '../../src/state/playbackStore';
import { CAMERA_PRESETS, DEFAULT_LAYERS, LAYERS, type Layers } from '../../src/state/viewStore';

const anyLayers: fc.Arbitrary<Layers> = fc.record(
  Object.fromEntries(LAYERS.map((layer) => [layer, fc.boolean()])) as Record<
    keyof Layers,
    fc.Arbitrary<boolean>
  >,
);

/** A view as the app holds it: time in tenths, offered speeds, whole minutes. */
const anyLink: fc.Arbitrary<Partial<LinkState>> = fc.record(
  {
    t: fc.integer({ min: 0, max: MAX_LINK_SECONDS * 10 }).map((tenths) => tenths / 10),
    span: fc.integer({ min: 0, max: MAX_LINK_SPAN }),
    phase: fc
      .stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .filter((id) => id.length > 0 && id.length <= 60),
    leg: fc.constantFrom(...LEG_SIDES),
    camera: fc.constantFrom(...CAMERA_PRESETS),
    layers: anyLayers,
    speed: fc.constantFrom(...SPEEDS),
    timing: fc.constantFrom('demo' as const, 'session' as const),
    minutes: fc.integer({ min: LINK_MINUTES.min, max: LINK_MINUTES.max }),
  },
  { requiredKeys: [] },
);

const junk = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-1', '1e999', '0x10', '%', '%zz', '<script>', ','),
);
/** A query string built from the link's own keys (and others) with any values at all. */
const anyQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...LINK_KEYS), fc.string()), junk), { maxLength: 12 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

describe('encodeView and decodeView', () => {
  it('read back exactly the view they wrote', () => {
    fc.assert(
      fc.property(anyLink, (view) => {
        expect(decodeView(`?${encodeView(view)}`)).toEqual(view);
      }),
    );
  });

  it('write a short, readable link, with comma lists of the layers that are on', () => {
    const layers: Layers = { ...DEFAULT_LAYERS, lanes: false, hands: false, veins: true };
    expect(encodeView({ t: 30, camera: 'back', leg: 'left', layers })).toBe(
      't=30&leg=left&camera=back&layers=skin,zones,veins',
    );
    expect(encodeView({ t: 12.345, speed: 1.5, timing: 'session', minutes: 20 })).toBe(
      't=12.3&speed=1.5&timing=session&minutes=20',
    );
  });

  it('read the documented example link', () => {
    const view = decodeView('?t=30&camera=back&leg=left&layers=skin,zones,veins');
    expect(view).toEqual({
      t: 30,
      camera: 'back',
      leg: 'left',
      layers: { ...DEFAULT_LAYERS, lanes: false, hands: false, veins: true },
    });
  });

  it('never throw, and give only values in range, whatever the link says', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyQuery), (search) => {
        const view = decodeView(search);
        if (view.t !== undefined) {
          expect(view.t).toBeGreaterThanOrEqual(0);
          expect(view.t).toBeLessThanOrEqual(MAX_LINK_SECONDS);
        }
        if (view.span !== undefined) {
          expect(Number.isInteger(view.span) && view.span >= 0 && view.span <= MAX_LINK_SPAN).toBe(
            true,
          );
        }
        if (view.speed !== undefined) expect(SPEEDS).toContain(view.speed);
        if (view.camera !== undefined) expect(CAMERA_PRESETS).toContain(view.camera);
        if (view.leg !== undefined) expect(LEG_SIDES).toContain(view.leg);
        if (view.minutes !== undefined) {
          expect(view.minutes).toBeGreaterThanOrEqual(LINK_MINUTES.min);
          expect(view.minutes).toBeLessThanOrEqual(LINK_MINUTES.max);
        }
        if (view.layers !== undefined)
          expect(Object.keys(view.layers).sort()).toEqual([...LAYERS].sort());
      }),
    );
  });

  it('ignore values they cannot read, and keep the rest', () => {
    expect(
      decodeView(
        '?t=abc&camera=sky&leg=middle&speed=fast&timing=later&layers=x,y&span=-&phase=A B&minutes=',
      ),
    ).toEqual({});
    expect(decodeView('?t=&camera=front')).toEqual({ camera: 'front' });
    expect(decodeView('t=1e999')).toEqual({});
  });

  it('clamp numbers into range and snap the speed to an offered one', () => {
    expect(decodeView('?t=-5')).toEqual({ t: 0 });
    expect(decodeView('?t=1e9')).toEqual({ t: MAX_LINK_SECONDS });
    expect(decodeView('?t=7.26')).toEqual({ t: 7.3 });
    expect(decodeView('?speed=10')).toEqual({ speed: 4 });
    expect(decodeView('?speed=1.2')).toEqual({ speed: 1 });
    expect(decodeView('?minutes=0')).toEqual({ minutes: LINK_MINUTES.min });
    expect(decodeView('?span=2.6')).toEqual({ span: 3 });
  });

  it('read layers leniently: case, spaces and unknown names do not matter; "none" is all off', () => {
    const view = decodeView('?layers=Skin, VEINS ,wings');
    expect(view.layers).toEqual(
      Object.fromEntries(LAYERS.map((l) => [l, l === 'skin' || l === 'veins'])),
    );
    expect(Object.values(decodeView('?layers=none').layers ?? { x: true })).not.toContain(true);
    expect(encodeView({ layers: decodeView('?layers=none').layers })).toBe('layers=none');
  });

  it('read a phase by id, or a span by index', () => {
    expect(decodeView('?phase=calf-petrissage&leg=left')).toEqual({
      phase: 'calf-petrissage',
      leg: 'left',
    });
    expect(decodeView('?span=2')).toEqual({ span: 2 });
  });
});

describe('mergeSearch', () => {
  it('replaces the view’s parameters and keeps the others', () => {
    expect(mergeSearch('?lang=fr&t=3&camera=front', 't=30&camera=back')).toBe(
      '?lang=fr&t=30&camera=back',
    );
    expect(mergeSearch('', 't=1')).toBe('?t=1');
    expect(mergeSearch('?t=3', '')).toBe('');
  });
});

describe('link numbers at the edges', () => {
  it('huge speeds give the fastest speed, whatever their size', () => {
    expect(decodeView('?speed=1e16')).toEqual({ speed: 4 });
    expect(decodeView('?speed=1e17')).toEqual({ speed: 4 });
    expect(decodeView('?speed=1e308')).toEqual({ speed: 4 });
    expect(decodeView('?speed=-1e17')).toEqual({ speed: 0.25 });
    expect(decodeView('?speed=NaN')).toEqual({});
  });

  it('a link speed is never slower than a smaller one', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const slow = decodeView(`?speed=${low}`).speed;
          const fast = decodeView(`?speed=${high}`).speed;
          if (slow !== undefined && fast !== undefined) expect(slow).toBeLessThanOrEqual(fast);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
