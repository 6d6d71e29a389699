/**
 * The flow model's view of a network: veins cut into compartments at their valves, compartments
 * cut into cells, and the links that carry blood from each cell toward the heart. Built once per
 * network (cached) as flat typed arrays so a step allocates nothing.
 *
 * Every cell has exactly one outgoing link: to the next cell of its vein, to the cell of the vein
 * it drains into, or out of the leg (`EXIT`). A link across a valve lets blood through toward the
 * heart only. Valves are numbered vein by vein in network order, distal to proximal, which is
 * the order of `network.veins[].valves` flattened.
 */
import {
  cutIntoCells,
  pumpPressureMmHg,
  restResistance,
  restVolumeMl,
  type CellDraft,
} from './cells';
import type { Vein, VeinNetwork } from './network';
import { validateNetwork } from './validateNetwork';
import { chartAt } from './veinGeometry';

/** `linkTo` of the link that leaves the leg. */
export const EXIT = -1;
/** `linkValve` of a link with no valve. */
export const NO_VALVE = -1;

export interface FlowLayout {
  readonly network: VeinNetwork;
  readonly cellCount: number;
  readonly cellVein: Int32Array;
  readonly cellCompartment: Int32Array;
  readonly cellFromFraction: Float64Array;
  readonly cellToFraction: Float64Array;
  readonly cellS: Float64Array;
  readonly cellTheta: Float64Array;
  readonly cellLengthCm: Float64Array;
  readonly cellRestVolumeMl: Float64Array;
  /** Flow resistance of the whole cell at rest filling, mmHg·s/mL (see `cells.ts`). */
  readonly cellRestResistance: Float64Array;
  readonly cellIsDeep: Uint8Array;
  /** Deep cells: external pressure of a full squeeze of the muscle around them, mmHg. */
  readonly cellPumpPressureMmHg: Float64Array;
  readonly cellOutLink: Int32Array;
  readonly linkCount: number;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  readonly linkValve: Int32Array;
  readonly valveCount: number;
  readonly valveVein: Int32Array;
  readonly valveFraction: Float64Array;
  readonly valveLink: Int32Array;
  /** Cells that receive blood from outside the network (each vein's first cell), and how much at rest. */
  readonly inflowCell: Int32Array;
  readonly inflowRestMlPerS: Float64Array;
  readonly compartmentCount: number;
  readonly compartmentVein: Int32Array;
}

function buildLayout(network: VeinNetwork): FlowLayout {
  validateNetwork(network);
  const veins = network.veins;
  const drafts: CellDraft[][] = [];
  let compartmentCount = 0;
  veins.forEach((vein, v) => {
    const cells = cutIntoCells(vein, v, compartmentCount);
    compartmentCount += vein.valves.filter((f) => f < 1).length + 1;
    drafts.push(cells);
  });
  const firstCell: number[] = [];
  const all: CellDraft[] = [];
  for (const cells of drafts) {
    firstCell.push(all.length);
    all.push(...cells);
  }
  const n = all.length;
  const veinIndex = new Map(veins.map((v, i) => [v.id, i]));
  const cellAt = (v: number, fraction: number): number => {
    const cells = drafts[v] ?? [];
    const k = cells.findIndex((c) => fraction < c.to);
    return (firstCell[v] ?? 0) + (k < 0 ? cells.length - 1 : k);
  };

  const layout = {
    network,
    cellCount: n,
    cellVein: new Int32Array(n),
    cellCompartment: new Int32Array(n),
    cellFromFraction: new Float64Array(n),
    cellToFraction: new Float64Array(n),
    cellS: new Float64Array(n),
    cellTheta: new Float64Array(n),
    cellLengthCm: new Float64Array(n),
    cellRestVolumeMl: new Float64Array(n),
    cellRestResistance: new Float64Array(n),
    cellIsDeep: new Uint8Array(n),
    cellPumpPressureMmHg: new Float64Array(n),
    cellOutLink: new Int32Array(n),
    compartmentCount,
    compartmentVein: new Int32Array(compartmentCount),
  };
  all.forEach((cell, i) => {
    const vein = veins[cell.vein] as Vein;
    const mid = chartAt(vein.chartPath, (cell.from + cell.to) / 2);
    const volume = restVolumeMl(vein, cell.from, cell.to);
    layout.cellVein[i] = cell.vein;
    layout.cellCompartment[i] = cell.compartment;
    layout.compartmentVein[cell.compartment] = cell.vein;
    layout.cellFromFraction[i] = cell.from;
    layout.cellToFraction[i] = cell.to;
    layout.cellS[i] = mid.s;
    layout.cellTheta[i] = mid.theta;
    layout.cellLengthCm[i] = ((cell.to - cell.from) * vein.lengthMm) / 10;
    layout.cellRestVolumeMl[i] = volume;
    layout.cellRestResistance[i] = restResistance(vein, cell.from, cell.to, volume);
    layout.cellIsDeep[i] = vein.kind === 'deep' ? 1 : 0;
    layout.cellPumpPressureMmHg[i] = pumpPressureMmHg(vein);
  });

  // One outgoing link per cell; valves sit on the links between compartments (or on the junction).
  const linkFrom: number[] = [];
  const linkTo: number[] = [];
  const linkValve: number[] = [];
  const valveVein: number[] = [];
  const valveFraction: number[] = [];
  const valveLink: number[] = [];
  all.forEach((cell, i) => {
    const vein = veins[cell.vein] as Vein;
    const isLast = i + 1 === n || all[i + 1]?.vein !== cell.vein;
    let to: number;
    if (!isLast) to = i + 1;
    else if (vein.drainsInto === null) to = EXIT;
    else to = cellAt(veinIndex.get(vein.drainsInto.veinId) ?? 0, vein.drainsInto.atFraction);
    const valveHere = vein.valves.find((f) => f === cell.to);
    const link = linkFrom.length;
    linkFrom.push(i);
    linkTo.push(to);
    if (valveHere === undefined) linkValve.push(NO_VALVE);
    else {
      linkValve.push(valveVein.length);
      valveVein.push(cell.vein);
      valveFraction.push(valveHere);
      valveLink.push(link);
    }
    layout.cellOutLink[i] = link;
  });

  const inflowCell = veins.map((_, v) => firstCell[v] ?? 0);
  return {
    ...layout,
    linkCount: linkFrom.length,
    linkFrom: Int32Array.from(linkFrom),
    linkTo: Int32Array.from(linkTo),
    linkValve: Int32Array.from(linkValve),
    valveCount: valveVein.length,
    valveVein: Int32Array.from(valveVein),
    valveFraction: Float64Array.from(valveFraction),
    valveLink: Int32Array.from(valveLink),
    inflowCell: Int32Array.from(inflowCell),
    inflowRestMlPerS: Float64Array.from(veins.map((v) => v.restInflowMlPerS)),
  };
}

const cache = new WeakMap<VeinNetwork, FlowLayout>();

/** The layout of a network, built on first use. Treat networks as immutable once used. */
export function layoutOf(network: VeinNetwork): FlowLayout {
  let layout = cache.get(network);
  if (layout === undefined) {
    layout = buildLayout(network);
    cache.set(network, layout);
  }
  return layout;
}
