/**
 * Every phase, stroke, rule, setup step, keep-off area, contraindication and keep-off mark has
 * its own id.
 */
import { message } from '../../../i18n/message';
import type { Protocol } from '../../schema';
import type { PathKey } from '../issue';
import { jsonPath } from '../jsonPath';
import { error, type Finding } from './finding';

interface Owner {
  id: string;
  /** Path of the object that carries the id. */
  path: PathKey[];
}

/** What carries the ids (`files:check.duplicateId` words each). */
type IdOwner =
  'setup' | 'phase' | 'stroke' | 'rule' | 'keepOff' | 'contraindication' | 'keepOffMark';

function duplicates(owners: readonly Owner[], what: IdOwner): Finding[] {
  const firstSeen = new Map<string, PathKey[]>();
  const findings: Finding[] = [];
  for (const owner of owners) {
    const first = firstSeen.get(owner.id);
    if (first === undefined) firstSeen.set(owner.id, owner.path);
    else {
      findings.push(
        error(
          [...owner.path, 'id'],
          message('files:check.duplicateId', { id: owner.id, first: jsonPath(first), what }),
        ),
      );
    }
  }
  return findings;
}

function listed<T extends { id: string }>(items: readonly T[], key: string): Owner[] {
  return items.map((item, i) => ({ id: item.id, path: [key, i] }));
}

export function checkUniqueIds(protocol: Protocol): Finding[] {
  const strokes = protocol.phases.flatMap((phase, p) =>
    phase.strokes.map((stroke, s) => ({ id: stroke.id, path: ['phases', p, 'strokes', s] })),
  );
  return [
    ...duplicates(listed(protocol.setup, 'setup'), 'setup'),
    ...duplicates(listed(protocol.phases, 'phases'), 'phase'),
    ...duplicates(strokes, 'stroke'),
    ...duplicates(listed(protocol.rules, 'rules'), 'rule'),
    ...duplicates(listed(protocol.keepOff, 'keepOff'), 'keepOff'),
    ...duplicates(listed(protocol.contraindications, 'contraindications'), 'contraindication'),
    ...duplicates(listed(protocol.keepOffMarks ?? [], 'keepOffMarks'), 'keepOffMark'),
  ];
}
