import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateLeg } from './generate';
import { loadAnthropometry } from './params';

/** `npm run model [-- <parameters.json> [<out.glb>]]` */
const [paramPath = 'models/anthropometry.json', outPath = 'models/leg.glb'] = process.argv.slice(2);
const params = loadAnthropometry(paramPath);
const label = relative(process.cwd(), paramPath).split('\\').join('/');
const { glb, log } = await generateLeg(params, label);
writeFileSync(outPath, glb);
for (const [k, v] of Object.entries(log)) console.log(`${k}: ${v}`);
console.log(`wrote ${outPath}`);
