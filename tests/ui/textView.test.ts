/**
 * The text view rendered to static HTML in node: protocol text stays text (never markup), the
 * safety panel comes first, and a broken protocol shows its problems plus the basic safety rule.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultProtocolDocument } from '../../src/protocol/defaultProtocol';
import type { Protocol } from '../../src/protocol/schema';
import { validateProtocol } from '../../src/protocol/validate';
import { ProtocolLoadError } from '../../src/ui/ProtocolLoadError';
import { strings } from '../../src/ui/strings';
import { ProtocolTextView } from '../../src/ui/textview';

function validDefault(): Protocol {
  const result = validateProtocol(defaultProtocolDocument);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.protocol;
}

const protocol = validDefault();

function render(p: Protocol): string {
  return renderToStaticMarkup(createElement(ProtocolTextView, { protocol: p }));
}

describe('the text view as HTML', () => {
  it('renders markup found in a protocol as visible text, never as elements', () => {
    const hostile = structuredClone(protocol);
    const first = hostile.phases[0];
    if (first === undefined) throw new Error('the default protocol has no phase');
    first.name = '<img src=x onerror="alert(1)">Warm-up';
    first.cues = ['<script>alert(1)</script>'];
    const html = render(hostile);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Warm-up');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('starts with the safety panel, before setup and the phases', () => {
    const html = render(protocol);
    const safety = html.indexOf(strings.safety.title);
    expect(safety).toBeGreaterThanOrEqual(0);
    expect(safety).toBeLessThan(html.indexOf(strings.setup.title));
    expect(safety).toBeLessThan(html.indexOf(protocol.phases[0]?.name ?? '∅'));
    expect(html.indexOf('<section')).toBe(html.indexOf('<section id="read-safety"'));
  });

  it('never hides the contraindications in a collapsed or hidden element', () => {
    const html = render(protocol);
    const start = html.indexOf('<section id="read-safety"');
    const panel = html.slice(start, html.indexOf('</section>', start));
    for (const item of protocol.contraindications) expect(panel).toContain(item.name);
    expect(panel).not.toContain('<details');
    expect(panel).not.toMatch(/\shidden(=|\s|>)/);
  });
});

describe('a protocol that fails validation', () => {
  it('is reported with the path of each problem, and the basic safety rule is still shown', () => {
    const broken = structuredClone(protocol) as unknown as { phases: unknown; title: unknown };
    broken.phases = [];
    broken.title = '';
    const result = validateProtocol(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((issue) => issue.path);
    expect(paths).toContain('$.phases');
    expect(paths).toContain('$.title');
    const html = renderToStaticMarkup(createElement(ProtocolLoadError, { errors: result.errors }));
    expect(html).toContain(strings.loadError.title);
    expect(html).toContain(strings.loadError.safety);
    expect(html).toContain('<code>$.phases</code>');
  });

  it('is what the app would show if its own default were broken (the default is valid)', async () => {
    const { defaultProtocolResult } = await import('../../src/ui/defaultProtocolResult');
    expect(defaultProtocolResult).toMatchObject({ ok: true });
  });
});
