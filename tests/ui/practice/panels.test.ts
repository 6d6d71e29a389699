/**
 * The practice panels rendered to static HTML in node: the verdict in big words with the
 * guide's quotes, a bad file's problems as text (never as markup), drills with their grade.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrace, type TraceContext } from '../../../src/practice/analyzeTrace';
import { drillsFor, gradeDrill, type Drill } from '../../../src/practice/drills';
import { usePracticeStore } from '../../../src/state/practiceStore';
import { DrillPanel } from '../../../src/ui/practice/DrillPanel';
import { FeedbackPanel } from '../../../src/ui/practice/FeedbackPanel';
import { TraceFiles } from '../../../src/ui/practice/TraceFiles';
import { VERDICT_LABELS } from '../../../src/ui/strings';
import { between, practiceContext } from '../../practice/support/context';
import { reversed, stroke, trace } from '../../practice/support/traces';
import { restoreRenderState, setRenderState } from '../trainer/storeState';

let context: TraceContext;
let drills: Drill[];
beforeAll(async () => {
  context = await practiceContext();
  drills = drillsFor(context);
});
afterEach(restoreRenderState);

const innerLeg = () =>
  trace(
    stroke(
      between(context, 'medial_malleolus', 'groin_crease', 0, 90),
      between(context, 'medial_malleolus', 'groin_crease', 1, 90),
      { durationMs: 8000, samples: 80 },
    ),
  );

function show(t: ReturnType<typeof innerLeg>, drill: Drill | null = null) {
  const analysis = analyzeTrace(t, context);
  setRenderState(usePracticeStore, {
    drillId: drill?.id ?? null,
    current: {
      trace: t,
      source: 'drawn',
      analysis,
      grade: drill ? gradeDrill(drill, analysis) : null,
    },
  });
  return analysis;
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the feedback panel', () => {
  it('invites a first stroke', () => {
    const html = renderToStaticMarkup(createElement(FeedbackPanel, { protocol: context.protocol }));
    expect(html).toContain('Draw a stroke on the leg');
    expect(html).not.toContain('data-testid="verdict"');
  });

  it('gives the verdict in big words and announces it', () => {
    show(innerLeg());
    const html = renderToStaticMarkup(createElement(FeedbackPanel, { protocol: context.protocol }));
    expect(html).toContain(`data-verdict="proximal"`);
    expect(text(html)).toContain(VERDICT_LABELS.proximal);
    expect(text(html)).toContain('Stroke checked: Toward the heart ✓.');
    expect(text(html)).toContain('100 % of the path runs toward the heart.');
  });

  it('for a stroke down the leg: away from the heart, with the guide’s words on direction', () => {
    const analysis = show(reversed(innerLeg()));
    const html = renderToStaticMarkup(createElement(FeedbackPanel, { protocol: context.protocol }));
    expect(html).toContain(`data-verdict="distal"`);
    const quote = analysis.messages.tips.find((tip) => tip.topic === 'direction')?.quote;
    expect(quote).toBeTruthy();
    expect(text(html)).toContain('The guide says:');
    expect(html).toContain('practice-quote');
  });
});

describe('the trace files section', () => {
  it('lists a bad file’s problems as text, never as markup', () => {
    setRenderState(usePracticeStore, {
      fileMessage: {
        kind: 'error',
        fileName: '<b>evil</b>.json',
        errors: [{ path: '$.samples[0].s', message: '<img src=x onerror=alert(1)>' }],
      },
    });
    const html = renderToStaticMarkup(createElement(TraceFiles, { setup: null }));
    expect(html).toContain('role="alert"');
    expect(html).toContain('&lt;b&gt;evil&lt;/b&gt;.json could not be opened');
    expect(html).toContain('$.samples[0].s: &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('offers export only when there is a stroke', () => {
    const exportButton = (html: string) =>
      /<button[^>]*data-testid="trace-export"[^>]*>/.exec(html)?.[0];
    expect(
      exportButton(renderToStaticMarkup(createElement(TraceFiles, { setup: null }))),
    ).toContain('disabled');
    show(innerLeg());
    expect(
      exportButton(renderToStaticMarkup(createElement(TraceFiles, { setup: null }))),
    ).not.toContain('disabled');
  });
});

describe('the drill panel', () => {
  it('lists every drill and shows the chosen one in the guide’s words, with its grade', () => {
    const drill = drills[0];
    if (!drill) throw new Error('no drills');
    show(innerLeg(), drill);
    const html = renderToStaticMarkup(createElement(DrillPanel, { drills }));
    for (const d of drills) expect(html).toContain(`value="${d.id}"`);
    expect(html).toContain('data-testid="drill-prompt"');
    expect(text(html)).toContain(drill.prompt);
    expect(html).toMatch(/data-grade="(pass|try again)"/);
  });

  it('waits for the leg before it can offer drills', () => {
    const html = renderToStaticMarkup(createElement(DrillPanel, { drills: null }));
    expect(html).toContain('Drills appear once the leg has loaded.');
  });
});
