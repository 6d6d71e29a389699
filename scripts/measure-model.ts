/**
 * Prints the measured figures of a leg model as a Markdown table against its parameter file
 * (for models/README.md): `npx tsx scripts/measure-model.ts [model.glb]`.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Mesh } from 'three';
import { LegChart } from '../src/anatomy/chart';
import { extractLegModel } from '../src/anatomy/legModel';
import { regionLevels } from '../src/anatomy/regions';
import { loadAnthropometry } from '../src/modelgen/params';
import { DEFAULT_LEG_PATH, parseGlb } from '../tests/support/leg';
import { girthAt } from '../tests/support/mesh';

const path = process.argv[2] ?? DEFAULT_LEG_PATH;
const gltf = await parseGlb(readFileSync(path));
const leg = extractLegModel(gltf.scene);
const a = loadAnthropometry(String(leg.header.parameters));
const chart = LegChart.fromModel(leg);
const mm = (m: number) => (m * 1000).toFixed(0);
const ref = (n: keyof typeof a.measuresMm) => `${a.measuresMm[n].mean} ± ${a.measuresMm[n].sd}`;
const y = (n: keyof typeof leg.landmarks) => leg.landmarks[n].position[1];
const g = (h: number) => girthAt(leg.skin.positions, leg.skin.index, h);
const scan = (from: number, to: number) => {
  const out: number[] = [];
  for (let h = from; h <= to; h += 0.002) out.push(g(h));
  return out;
};
const rows: [string, string, string][] = [
  ['Lateral malleolus height', mm(y('lateral_malleolus')), ref('lateralMalleolusHeight')],
  ['Knee height, mid-patella', mm(y('patella_centre')), ref('kneeHeightMidPatella')],
  [
    'Medial femoral condyle (vs lateral epicondyle height)',
    mm(y('medial_femoral_condyle')),
    ref('lateralFemoralEpicondyleHeight'),
  ],
  ['Trochanterion height', mm(y('greater_trochanter')), ref('trochanterionHeight')],
  [
    'Tibial tuberosity below tibiale',
    mm(a.measuresMm.tibialeHeight.mean / 1000 - y('tibial_tuberosity')),
    '~29',
  ],
  [
    'Foot length',
    mm(leg.landmarks.toe_tip.position[2] - leg.landmarks.heel.position[2]),
    ref('footLength'),
  ],
  [
    'Bimalleolar breadth',
    mm(leg.landmarks.medial_malleolus.position[0] - leg.landmarks.lateral_malleolus.position[0]),
    ref('bimalleolarBreadth'),
  ],
  [
    'Ankle circumference (minimum)',
    mm(Math.min(...scan(y('medial_malleolus') + 0.03, y('medial_malleolus') + 0.16))),
    ref('ankleCircumference'),
  ],
  [
    'Calf circumference (maximum)',
    mm(Math.max(...scan(y('lateral_malleolus') + 0.15, y('popliteal_crease') - 0.05))),
    ref('calfCircumference'),
  ],
  ['Lower thigh circumference', mm(g(y('patella_centre') + 0.032)), ref('lowerThighCircumference')],
  [
    'Thigh circumference (gluteal furrow)',
    mm(g(a.measuresMm.crotchHeight.mean / 1000 - 0.025)),
    ref('thighCircumference'),
  ],
];
console.log('| Figure (mm) | Model | Reference (mean ± SD) |\n|---|---|---|');
for (const [n, m, r] of rows) console.log(`| ${n} | ${m} | ${r} |`);

const gsv = leg.veins.vein_gsv!;
const knee = y('patella_centre');
const above = gsv.valves.filter((v) => v.position[1] > knee).length;
console.log(
  `\nGSV length ${gsv.lengthMm.toFixed(0)} mm, valves ${gsv.valves.length} (${above} above the knee, ${gsv.valves.length - above} below)`,
);
for (const v of Object.values(leg.veins))
  console.log(`${v.name}: ${v.lengthMm.toFixed(0)} mm, ${v.valves.length} valves`);
const L = regionLevels(chart.landmarkCoords());
const shin = [15, 25, 35, 45, 55].map((t) => chart.depthAt(L.malleoli + 0.5 * L.shank, t));
console.log(
  `tissue depth mid-shin face ${Math.min(...shin).toFixed(1)}–${Math.max(...shin).toFixed(1)} mm, patella ${chart.depthAt(leg.landmarks.patella_centre.s, leg.landmarks.patella_centre.theta).toFixed(1)} mm, calf back ${chart.depthAt(L.malleoli + 0.55 * L.shank, 180).toFixed(1)} mm`,
);
const tris: Record<string, number> = {};
for (const group of ['skin_group', 'bones', 'muscles', 'ligaments', 'veins', 'lymph', 'context']) {
  tris[group] = 0;
  gltf.scene.getObjectByName(group)!.traverse((o) => {
    const m = o as Mesh;
    if (m.isMesh) tris[group]! += (m.geometry.getIndex()?.count ?? 0) / 3;
  });
}
const total = Object.values(tris).reduce((p, q) => p + q, 0);
console.log(`triangles ${JSON.stringify(tris)} total ${total}; file ${statSync(path).size} bytes`);

const sfj = gsv.centreline.at(-1)!;
const pt = leg.landmarks.pubic_tubercle.position;
const mmPos = leg.landmarks.medial_malleolus.position;
const atMm = gsv.centreline.reduce((p, q) =>
  Math.abs(q[1] - mmPos[1]) < Math.abs(p[1] - mmPos[1]) ? q : p,
);
console.log(
  `SFJ ${mm(pt[0] - sfj[0])} mm lateral and ${mm(pt[1] - sfj[1])} mm below the pubic tubercle; ` +
    `GSV ${mm(atMm[2] - mmPos[2])} mm anterior to the medial malleolus`,
);
const ssv = leg.veins.vein_ssv!;
const spj = ssv.centreline.at(-1)!;
console.log(`SPJ ${mm(spj[1] - y('popliteal_crease'))} mm above the popliteal crease`);
const ligament = gltf.scene.getObjectByName('ligament_inguinal')!.userData as {
  centreline: [number, number, number][];
  lengthMm: number;
  widthMm: number;
};
const [first, last] = [ligament.centreline[0]!, ligament.centreline.at(-1)!];
let bow = 0;
for (const p of ligament.centreline) {
  const t = (p[0] - first[0]) / (last[0] - first[0]);
  bow = Math.max(bow, first[1] + t * (last[1] - first[1]) - p[1]);
}
const asis = leg.landmarks.anterior_superior_iliac_spine.position;
console.log(
  `inguinal ligament ${ligament.lengthMm.toFixed(0)} mm long, ${ligament.widthMm.toFixed(0)} mm wide, ` +
    `bowing ${mm(bow)} mm below the chord; ASIS ${mm(asis[1] - y('greater_trochanter'))} mm above ` +
    `the trochanter, ${mm(Math.hypot(first[0] - asis[0], first[1] - asis[1], first[2] - asis[2]))} mm under its skin point`,
);
