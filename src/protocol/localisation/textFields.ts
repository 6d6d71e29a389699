/**
 * Which fields of a protocol are text a person reads, and how a translation names each one: by
 * the ids the protocol gives (phases, strokes, rules, setup steps, contraindications…), by
 * position only in lists that have no ids (cues, signs, notes). Everything else (ids, names from
 * the anatomy, numbers, techniques, pressures, directions) is never translated.
 */
import type { Protocol } from '../schema';
import type { PathKey } from '../validation/issue';

/** A text field; a group of fields by name; a list keyed by its items' ids; a list by position. */
export type TextSpec =
  | { kind: 'text' }
  | { kind: 'fields'; fields: Readonly<Record<string, TextSpec>> }
  | { kind: 'byId'; item: TextSpec }
  | { kind: 'byIndex'; item: TextSpec };

const TEXT: TextSpec = { kind: 'text' };
const fields = (f: Record<string, TextSpec>): TextSpec => ({ kind: 'fields', fields: f });
const byId = (item: TextSpec): TextSpec => ({ kind: 'byId', item });
const byIndex = (item: TextSpec): TextSpec => ({ kind: 'byIndex', item });

/** A note beyond the guide: its text and its source (a citation stays as published). */
const NOTE = fields({ text: TEXT, source: TEXT });

/** Every text field of the protocol format (`schema.ts`: the fields built on `text` and `title`). */
export const PROTOCOL_TEXT: TextSpec = fields({
  title: TEXT,
  summary: TEXT,
  goal: TEXT,
  source: fields({ title: TEXT, note: TEXT }),
  disclaimer: TEXT,
  pacingNote: TEXT,
  setup: byId(fields({ text: TEXT, why: TEXT })),
  phases: byId(
    fields({
      name: TEXT,
      hands: fields({ text: TEXT }),
      strokes: byId(fields({ description: TEXT })),
      purpose: TEXT,
      cues: byIndex(TEXT),
      notes: byIndex(NOTE),
    }),
  ),
  rules: byId(fields({ text: TEXT, why: TEXT, source: TEXT })),
  keepOff: byId(fields({ text: TEXT, why: TEXT, source: TEXT })),
  timing: fields({ text: TEXT }),
  frequency: fields({
    maintenance: fields({ text: TEXT }),
    intensive: fields({ text: TEXT, note: NOTE }),
    principle: TEXT,
  }),
  contraindications: byId(
    fields({ name: TEXT, signs: byIndex(TEXT), action: TEXT, why: TEXT, source: TEXT }),
  ),
  keepOffMarks: byId(fields({ note: TEXT })),
});

/** One text of a protocol: where it is in the protocol, and its key in a translation. */
export interface TextEntry {
  /** Path in the protocol document, e.g. `['phases', 1, 'cues', 2]`. */
  protocolPath: PathKey[];
  /** Path in a translation's `text`, e.g. `['phases', 'calf-petrissage', 'cues', 2]`. */
  key: PathKey[];
  text: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own field `key` of `value`, never one from the prototype chain (`__proto__`). */
export function ownField(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function idOf(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const id = ownField(item, 'id');
  return typeof id === 'string' ? id : undefined;
}

/** The texts `spec` finds in `value`, in document order. Absent optional fields have none. */
function collect(
  spec: TextSpec,
  value: unknown,
  protocolPath: PathKey[],
  key: PathKey[],
  out: TextEntry[],
): void {
  switch (spec.kind) {
    case 'text':
      if (typeof value === 'string') out.push({ protocolPath, key, text: value });
      return;
    case 'fields':
      if (!isRecord(value)) return;
      for (const [name, inner] of Object.entries(spec.fields)) {
        collect(inner, ownField(value, name), [...protocolPath, name], [...key, name], out);
      }
      return;
    case 'byId':
    case 'byIndex':
      if (!Array.isArray(value)) return;
      value.forEach((item, i) => {
        const itemKey = spec.kind === 'byId' ? idOf(item) : i;
        if (itemKey !== undefined) {
          collect(spec.item, item, [...protocolPath, i], [...key, itemKey], out);
        }
      });
      return;
  }
}

/** Every text of the protocol, each with its place and its translation key. */
export function protocolTextEntries(protocol: Protocol): TextEntry[] {
  const out: TextEntry[] = [];
  collect(PROTOCOL_TEXT, protocol, [], [], out);
  return out;
}
