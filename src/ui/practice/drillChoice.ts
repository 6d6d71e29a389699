/** Moving through the drills with "Next drill". */
import type { Drill } from '../../practice/drills';

/** The drill after `current` in the list, wrapping round; the first when none is chosen. */
export function nextDrillId(drills: readonly Drill[], current: string | null): string | null {
  if (drills.length === 0) return null;
  const at = drills.findIndex((d) => d.id === current);
  return drills[(at + 1) % drills.length]?.id ?? null;
}
