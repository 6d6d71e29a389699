import { BackSide, BufferGeometry, DoubleSide, FrontSide, Mesh, type Material } from 'three';
import { describe, expect, it } from 'vitest';
import {
  createStructureMaterials,
  dressStructure,
  STRUCTURE_KINDS,
} from '../../src/scene/anatomyMaterials';
import { createPressureRings } from '../../src/scene/hands/pressureRings';

/**
 * three's renderer draws such a material in two passes, flipping its `side` and marking it for
 * update each time: a program lookup, with its allocations, twice every frame it is drawn.
 */
const drawnInTwoFlippedPasses = (m: Material) =>
  m.transparent && m.side === DoubleSide && !m.forceSinglePass;

describe('the leg and hand materials', () => {
  it('never make three flip a material between two passes each frame', () => {
    const materials = createStructureMaterials();
    const all: Material[] = STRUCTURE_KINDS.flatMap((kind) => materials[kind]);
    createPressureRings('rings').traverse((o) => {
      if (o instanceof Mesh) all.push(o.material as Material);
    });
    expect(all.length).toBeGreaterThan(STRUCTURE_KINDS.length);
    expect(all.filter(drawnInTwoFlippedPasses).map((m) => m.type)).toEqual([]);
  });

  it('draw the see-through trunk back faces first, then front faces, over the whole mesh', () => {
    const [back, front] = createStructureMaterials().context;
    expect(back.side).toBe(BackSide);
    expect(front.side).toBe(FrontSide);
    for (const m of [back, front]) {
      expect(m.transparent).toBe(true);
      expect(m.depthWrite).toBe(false);
    }
    expect(back.opacity).toBe(front.opacity);
    expect(back.color.getHex()).toBe(front.color.getHex());

    const mesh = new Mesh(new BufferGeometry());
    dressStructure(mesh, [back, front]);
    expect(mesh.material).toEqual([back, front]);
    expect(mesh.geometry.groups).toEqual([
      { start: 0, count: Infinity, materialIndex: 0 },
      { start: 0, count: Infinity, materialIndex: 1 },
    ]);
  });

  it('leave an opaque structure one material and no groups', () => {
    const { muscle } = createStructureMaterials();
    const mesh = new Mesh(new BufferGeometry());
    dressStructure(mesh, muscle);
    expect(mesh.material).toBe(muscle);
    expect(mesh.geometry.groups).toEqual([]);
  });
});
