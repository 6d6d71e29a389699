/**
 * The checked trace as geometry on the generated leg: tubes by heading, arrowheads the way it
 * was drawn, a band under stretches pressed too hard, all just above the skin.
 */
import { Vector3, type BufferGeometry } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { LegChart } from '../../../src/anatomy/chart';
import { analyzeTrace, type TraceContext } from '../../../src/practice/analyzeTrace';
import type { Trace } from '../../../src/practice/traceFile';
import {
  buildTraceGeometry,
  disposeTraceGeometry,
  TUBE_RADIUS_M,
} from '../../../src/scene/practice/traceGeometry';
import { skinSurfaceOf, type SkinSurface } from '../../../src/scene/surface';
import { between, practiceContext } from '../../practice/support/context';
import { stroke, trace } from '../../practice/support/traces';
import { loadDefaultLeg } from '../../support/leg';

let context: TraceContext;
let surface: SkinSurface;
let chart: LegChart;
beforeAll(async () => {
  context = await practiceContext();
  chart = LegChart.fromModel(await loadDefaultLeg());
  surface = skinSurfaceOf(chart);
});

const inner = (f: number) => between(context, 'medial_malleolus', 'medial_femoral_condyle', f, 90);
const build = (t: Trace) => buildTraceGeometry(surface, t, analyzeTrace(t, context));
const vertices = (g: BufferGeometry | null) => g?.getAttribute('position').count ?? 0;

/** Arrowheads are separate cones of the same size: count them by their vertices. */
const coneVertices = () => {
  const up = trace(stroke(inner(0.1), inner(0.2), { samples: 20 }));
  const g = build(up);
  const count = vertices(g.arrows.proximal);
  disposeTraceGeometry(g);
  return count;
};

describe('the geometry of a checked trace', () => {
  it('a stroke up the leg: a tube toward the heart with arrowheads, nothing else', () => {
    const g = build(trace(stroke(inner(0.1), inner(0.9), { samples: 60 })));
    expect(vertices(g.tubes.proximal)).toBeGreaterThan(0);
    expect(g.tubes.distal).toBeNull();
    expect(g.arrows.distal).toBeNull();
    expect(g.halo).toBeNull();
    // About one arrowhead every 5 cm of a ~30 cm stroke.
    const arrowheads = vertices(g.arrows.proximal) / coneVertices();
    expect(arrowheads).toBeGreaterThanOrEqual(4);
    expect(arrowheads).toBeLessThanOrEqual(8);
    disposeTraceGeometry(g);
  });

  it('up and back down: both colours, each with its arrowheads', () => {
    const g = build(
      trace([
        ...stroke(inner(0.1), inner(0.9), { samples: 40 }),
        ...stroke(inner(0.88), inner(0.3), { samples: 30, startMs: 4100 }),
      ]),
    );
    expect(vertices(g.tubes.proximal)).toBeGreaterThan(0);
    expect(vertices(g.tubes.distal)).toBeGreaterThan(0);
    expect(vertices(g.arrows.distal)).toBeGreaterThan(0);
    disposeTraceGeometry(g);
  });

  it('hugs the skin: every vertex of the tube within its lift and radius of it', () => {
    const g = build(trace(stroke(inner(0.2), inner(0.8), { samples: 30 })));
    const position = g.tubes.proximal?.getAttribute('position');
    if (!position) throw new Error('no tube');
    const p = new Vector3();
    let furthest = 0;
    for (let i = 0; i < position.count; i++) {
      p.fromBufferAttribute(position, i);
      furthest = Math.max(furthest, chart.chartAt([p.x, p.y, p.z]).distance);
    }
    // Axis 4 mm above the skin, radius 4.5 mm: nothing should stand off more than ~1 cm.
    expect(furthest).toBeLessThan(0.004 + TUBE_RADIUS_M + 0.002);
    disposeTraceGeometry(g);
  });

  it('a firm stroke over the shin gets the band that marks too much pressure', () => {
    const shin = (f: number) => between(context, 'medial_malleolus', 'tibial_tuberosity', f, 0);
    const g = build(trace(stroke(shin(0.2), shin(0.8), { samples: 30, pressure: 'firm' })));
    expect(vertices(g.halo)).toBeGreaterThan(0);
    disposeTraceGeometry(g);
  });
});
