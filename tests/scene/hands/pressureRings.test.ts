/**
 * The pressure rings as drawn never show more pressure than the skin under them allows: along
 * the whole default protocol, on both legs, in the demonstration and in a real session, the
 * outer edge of every ring shown is looked up on the real model's skin (nearest skin point, the
 * zone map Practice uses) and must allow the pressure the rings show. The rings drawn round the
 * hand before (up to 8.7 cm from the palm's centre) failed this on the shin beside the kneaded
 * calf, the kneecap and the femoral triangle.
 */
import { describe, expect, it } from 'vitest';
import { BufferAttribute, Group, Mesh, Vector3 } from 'three';
import { LegChart } from '../../../src/anatomy/chart';
import { girthProfileOf } from '../../../src/anatomy/girthProfile';
import { halfPalmS } from '../../../src/anatomy/handSize';
import { LEG_SIDES } from '../../../src/anatomy/names';
import { regionsAt } from '../../../src/anatomy/regions';
import { legTraceContext, traceChartOf } from '../../../src/practice/legTraceContext';
import { defaultProtocol } from '../../../src/protocol/defaultProtocol';
import { sample } from '../../../src/protocol/sample';
import { buildTimeline } from '../../../src/protocol/timeline';
import { exceedsZone } from '../../../src/protocol/zones';
import {
  createPressureRings,
  placePressureRings,
  ringCount,
} from '../../../src/scene/hands/pressureRings';
import { skinSurfaceOf } from '../../../src/scene/surface';
import { loadDefaultLeg } from '../../support/leg';

const model = await loadDefaultLeg();
const chart = LegChart.fromModel(model);
const surface = skinSurfaceOf(chart);
/** The gliding hands spaced round the leg's girth, as the app places them. */
const girth = girthProfileOf(chart);
const zoneAt = legTraceContext(defaultProtocol, traceChartOf(model), regionsAt).zoneAt;
const halfPalm = halfPalmS(model.landmarks);

/** Every drawn ring vertex whose skin allows less than the rings show, at moments `step` apart. */
function ringsOverLighterSkin(timeline: ReturnType<typeof buildTimeline>, step: number) {
  const rings = { left: createPressureRings('left'), right: createPressureRings('right') };
  const vertex = new Vector3();
  const found: string[] = [];
  let ringsShown = 0;
  for (let t = 0; t <= timeline.duration; t += step) {
    const pose = sample(timeline, t);
    for (const side of ['left', 'right'] as const) {
      const hand = pose[side];
      const group: Group = rings[side];
      placePressureRings(group, hand, 0, surface, halfPalm);
      if (!group.visible) continue;
      ringsShown++;
      const shown = group.children.filter((ring) => ring.visible) as Mesh[];
      expect(shown.length).toBe(ringCount(hand.pressure));
      for (const ring of shown) {
        const positions = ring.geometry.getAttribute('position') as BufferAttribute;
        // The band's outer edge (even vertices): the inner edge lies 4 mm inside it.
        for (let i = 0; i < positions.count; i += 2) {
          vertex.fromBufferAttribute(positions, i);
          const skin = chart.chartAt([vertex.x, vertex.y, vertex.z]);
          const zone = zoneAt(skin.s, skin.theta);
          if (exceedsZone(hand.pressure, zone.level)) {
            found.push(
              `t=${t.toFixed(2)} ${side} ${hand.strokeKind} ${hand.pressure} over ${zone.level} (${zone.sourceId}) at s ${skin.s.toFixed(3)} θ ${skin.theta.toFixed(0)}`,
            );
            break;
          }
        }
      }
    }
  }
  return { found, ringsShown };
}

describe.each(LEG_SIDES)('the pressure rings on the %s leg', (leg) => {
  it('lie only on skin that allows the pressure they show, in the demonstration', () => {
    const timeline = buildTimeline(defaultProtocol, {
      mode: 'demo',
      landmarks: model.landmarks,
      leg,
      zoneAt,
      girth,
    });
    const { found, ringsShown } = ringsOverLighterSkin(timeline, 0.1);
    expect(ringsShown).toBeGreaterThan(1000);
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('and in a real session', () => {
    const timeline = buildTimeline(defaultProtocol, {
      mode: 'session',
      landmarks: model.landmarks,
      sessionMinutes: defaultProtocol.timing.sessionMinutes.min,
      legs: [leg],
      zoneAt,
      girth,
    });
    const { found, ringsShown } = ringsOverLighterSkin(timeline, 0.5);
    expect(ringsShown).toBeGreaterThan(500);
    expect(found.slice(0, 10)).toEqual([]);
  });
});
