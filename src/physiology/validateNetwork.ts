/** Checks a vein network before the flow model uses it; throws with a readable message. */
import type { Vein, VeinNetwork } from './network';

function fail(vein: Vein, message: string): never {
  throw new Error(`vein '${vein.id}': ${message}`);
}

function checkVein(vein: Vein, ids: ReadonlySet<string>): void {
  if (!(vein.lengthMm > 0 && Number.isFinite(vein.lengthMm))) fail(vein, 'length must be > 0');
  let previous = 0;
  for (const valve of vein.valves) {
    if (!(valve > previous && valve <= 1)) {
      fail(vein, 'valve fractions must increase strictly within (0, 1]');
    }
    previous = valve;
  }
  if (vein.diameterMm.length === 0 || vein.diameterMm.some((d) => !(d.diameterMm > 0))) {
    fail(vein, 'needs diameter samples, all > 0');
  }
  if (vein.chartPath.length === 0) fail(vein, 'needs a chart path');
  if (!(vein.restInflowMlPerS >= 0)) fail(vein, 'rest inflow must be ≥ 0');
  const ef = vein.pumpEjectionFraction;
  if (vein.kind === 'deep' && ef === undefined) {
    fail(vein, 'a deep vein needs a pump ejection fraction');
  }
  if (ef !== undefined && !(ef >= 0 && ef < 1)) {
    fail(vein, 'pump ejection fraction must be in [0, 1)');
  }
  const junction = vein.drainsInto;
  if (junction === null) return;
  if (junction.veinId === vein.id || !ids.has(junction.veinId)) {
    fail(vein, `drains into unknown vein '${junction.veinId}'`);
  }
  if (!(junction.atFraction >= 0 && junction.atFraction <= 1)) {
    fail(vein, 'junction fraction must be within [0, 1]');
  }
}

/** Every vein valid, ids unique, exactly one exit toward the heart, no loops. */
export function validateNetwork(network: VeinNetwork): void {
  const ids = new Set(network.veins.map((v) => v.id));
  if (ids.size !== network.veins.length) throw new Error('vein ids must be unique');
  for (const vein of network.veins) checkVein(vein, ids);
  const exits = network.veins.filter((v) => v.drainsInto === null);
  if (exits.length !== 1) {
    throw new Error(`exactly one vein must leave the leg (drainsInto null); found ${exits.length}`);
  }
  const byId = new Map(network.veins.map((v) => [v.id, v]));
  for (const vein of network.veins) {
    const seen = new Set<string>();
    let current: Vein | undefined = vein;
    while (current?.drainsInto) {
      if (seen.has(current.id)) throw new Error(`veins drain in a loop through '${current.id}'`);
      seen.add(current.id);
      current = byId.get(current.drainsInto.veinId);
    }
  }
}
