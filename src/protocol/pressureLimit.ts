/**
 * How the protocol's pressure rules combine at one place on the skin for one technique (the
 * semantics documented on `pressureWhere` in the schema).
 */
import { PRESSURE_LEVELS, type PressureLevel, type RegionName } from '../anatomy/names';
import type { PressureRule, Rule, Technique } from './schema';

export interface PressureContext {
  technique: Technique;
  /** Regions of the place; omit to ask for the limit of the technique alone. */
  regions?: readonly RegionName[];
  /** Distance from the skin to the nearest bone at the place, in millimetres. */
  boneDepthMm?: number;
}

export interface PressureLimit {
  level: PressureLevel;
  /** The rule that sets the limit; null when no rule limits the pressure. */
  ruleId: string | null;
}

export const PRESSURE_RANK: Record<PressureLevel, number> = { light: 0, moderate: 1, firm: 2 };

const STRONGEST: PressureLevel = PRESSURE_LEVELS[PRESSURE_LEVELS.length - 1] ?? 'firm';

function hasPlaceCondition(rule: PressureRule): boolean {
  return rule.where?.regions !== undefined || rule.where?.boneWithinMm !== undefined;
}

function matchesTechnique(rule: PressureRule, technique: Technique): boolean {
  const techniques = rule.where?.techniques;
  return techniques === undefined || techniques.includes(technique);
}

function matchesPlace(rule: PressureRule, ctx: PressureContext): boolean {
  const where = rule.where;
  if (where?.regions !== undefined) {
    if (!ctx.regions?.some((r) => where.regions?.includes(r))) return false;
  }
  if (where?.boneWithinMm !== undefined) {
    if (ctx.boneDepthMm === undefined || !(ctx.boneDepthMm < where.boneWithinMm)) return false;
  }
  return true;
}

function lightest(rules: readonly PressureRule[]): PressureLimit | null {
  let best: PressureRule | null = null;
  for (const rule of rules) {
    if (best === null || PRESSURE_RANK[rule.maxPressure] < PRESSURE_RANK[best.maxPressure]) {
      best = rule;
    }
  }
  return best === null ? null : { level: best.maxPressure, ruleId: best.id };
}

/** The strongest pressure the rules allow for `ctx`, and which rule decides it. */
export function pressureLimit(rules: readonly Rule[], ctx: PressureContext): PressureLimit {
  const pressure = rules.filter((r): r is PressureRule => r.kind === 'pressure');
  const general = pressure.filter(
    (r) => !hasPlaceCondition(r) && r.where?.techniques === undefined,
  );
  const forTechnique = pressure.filter(
    (r) => !hasPlaceCondition(r) && r.where?.techniques?.includes(ctx.technique) === true,
  );
  const base = lightest(forTechnique) ?? lightest(general) ?? { level: STRONGEST, ruleId: null };
  const caps = pressure.filter(
    (r) => hasPlaceCondition(r) && matchesTechnique(r, ctx.technique) && matchesPlace(r, ctx),
  );
  const cap = lightest(caps);
  return cap !== null && PRESSURE_RANK[cap.level] < PRESSURE_RANK[base.level] ? cap : base;
}
