/**
 * The Read view as a reader meets it: protocol text stays text (never markup), the safety panel
 * comes first and is never folded away, a title cannot reorder itself with bidi controls, and a
 * broken protocol shows its problems plus the basic safety rule.
 */
import { render, screen, within } from '@testing-library/react';
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

/** Whether `a` comes before `b` in the page. */
const before = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('the text view', () => {
  it('shows markup found in a protocol as visible text, never as elements', () => {
    const hostile = structuredClone(protocol);
    const first = hostile.phases[0];
    if (first === undefined) throw new Error('the default protocol has no phase');
    first.name = '<img src=x onerror="alert(1)">Warm-up';
    first.cues = ['<script>alert(1)</script>'];
    const { container } = render(<ProtocolTextView protocol={hostile} />);
    expect(container.querySelector('img, script')).toBeNull();
    const names = screen.getAllByText(first.name, { exact: false });
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toBeVisible();
    expect(screen.getByText(first.cues[0] ?? '∅')).toBeVisible();
  });

  it('starts with the safety panel, before setup and the phases', () => {
    const { container } = render(<ProtocolTextView protocol={protocol} />);
    const safety = screen.getByRole('region', { name: strings.safety.title });
    expect(container.querySelector('section')).toBe(safety);
    const setup = screen.getByRole('heading', { name: strings.setup.title });
    const phase = screen.getAllByText(protocol.phases[0]?.name ?? '∅', { exact: false })[0];
    if (phase === undefined) throw new Error('the first phase is not shown');
    expect(before(safety, setup)).toBe(true);
    expect(before(safety, phase)).toBe(true);
  });

  it('never hides the contraindications in a collapsed or hidden element', () => {
    render(<ProtocolTextView protocol={protocol} />);
    const safety = screen.getByRole('region', { name: strings.safety.title });
    for (const item of protocol.contraindications) {
      expect(within(safety).getByRole('heading', { name: item.name })).toBeVisible();
      expect(within(safety).getByText(item.action)).toBeVisible();
    }
    expect(safety.querySelector('details, [hidden]')).toBeNull();
  });
});

const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;

describe('a protocol titled with a right-to-left override', () => {
  it('is shown in the text view without the override', () => {
    const result = validateProtocol({
      ...(structuredClone(defaultProtocolDocument) as object),
      title: '\u202elanigirO',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { container } = render(<ProtocolTextView protocol={result.protocol} />);
    expect(screen.getByRole('heading', { level: 2, name: 'lanigirO' })).toBeVisible();
    expect(container.textContent).not.toMatch(BIDI);
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
    render(<ProtocolLoadError errors={result.errors} />);
    expect(screen.getByRole('heading', { name: strings.loadError.title })).toBeVisible();
    expect(screen.getByText(strings.loadError.safety)).toBeVisible();
    for (const path of ['$.phases', '$.title']) {
      const code = screen.getByText(path);
      expect(code.tagName).toBe('CODE');
      expect(code).toBeVisible();
    }
  });

  it('is what the app would show if its own default were broken (the default is valid)', async () => {
    const { defaultProtocolResult } = await import('../../src/ui/defaultProtocolResult');
    expect(defaultProtocolResult).toMatchObject({ ok: true });
  });
});
