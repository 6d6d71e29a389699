/**
 * The demonstration as data, for people and tools that check it:
 *
 *   npm run lesson -- --json [--leg left|right] [--timing demo|session] [--step 0.05]
 *                           [--minutes 20]
 *
 * Prints one JSON object per line for every sample of the timeline of the default protocol on
 * the default leg (models/leg.glb): t, phase, hand, s, theta, pressure (light|moderate|firm, or
 * none when the hand is lifted), contact and zone (the level the zone under the hand allows).
 * A demonstration shows one leg (right unless --leg says otherwise); a session massages both legs,
 * right then left, or only the one --leg names. Wrong usage exits with 2.
 */
import { parseArgs } from 'node:util';
import { LegChart } from '../src/anatomy/chart';
import { girthProfileOf } from '../src/anatomy/girthProfile';
import { halfPalmS } from '../src/anatomy/handSize';
import { LEG_SIDES, type LegSide } from '../src/anatomy/names';
import { regionsAt } from '../src/anatomy/regions';
import { defaultProtocol } from '../src/protocol/defaultProtocol';
import { lessonSamples } from '../src/protocol/lessonSamples';
import { buildTimeline } from '../src/protocol/timeline';
import { traceChartOf, legZoneAt } from '../src/practice/legTraceContext';
import { readLegFile } from '../src/practice/readLegFile';

const USAGE =
  'usage: npm run lesson -- --json [--leg left|right] [--timing demo|session] [--step 0.05] [--minutes 20]';

function usage(message: string): number {
  process.stderr.write(`lesson: ${message}\n${USAGE}\n`);
  return 2;
}

async function main(args: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: args.filter((arg) => arg !== '--'),
      options: {
        json: { type: 'boolean', default: false },
        leg: { type: 'string' },
        timing: { type: 'string', default: 'demo' },
        step: { type: 'string', default: '0.05' },
        minutes: { type: 'string', default: '20' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (!values.json) return usage('--json is the only output there is: ask for it');
  const leg = values.leg;
  if (leg !== undefined && !LEG_SIDES.includes(leg as LegSide)) {
    return usage(`--leg must be left or right, not "${leg}"`);
  }
  if (values.timing !== 'demo' && values.timing !== 'session') {
    return usage(`--timing must be demo or session, not "${values.timing}"`);
  }
  const step = Number(values.step);
  if (!(step >= 0.001 && step <= 60)) return usage('--step must be seconds, 0.001 to 60');
  const minutes = Number(values.minutes);
  if (!Number.isFinite(minutes)) return usage('--minutes must be a number');

  const model = await readLegFile();
  const chart = traceChartOf(model);
  // The gliding hands spaced round the leg's girth, as the app places them.
  const girth = girthProfileOf(LegChart.fromModel(model));
  const zoneAt = legZoneAt(defaultProtocol, chart, regionsAt);
  const timeline = buildTimeline(
    defaultProtocol,
    values.timing === 'demo'
      ? {
          mode: 'demo',
          landmarks: chart.landmarks,
          leg: (leg ?? 'right') as LegSide,
          zoneAt,
          girth,
        }
      : {
          mode: 'session',
          landmarks: chart.landmarks,
          sessionMinutes: minutes,
          legs: leg === undefined ? LEG_SIDES : [leg as LegSide],
          zoneAt,
          girth,
        },
  );
  const rows: string[] = [];
  for (const row of lessonSamples(timeline, {
    zoneAt,
    halfPalmS: halfPalmS(chart.landmarks),
    step,
  })) {
    rows.push(JSON.stringify(row));
    // Written in chunks: a real session is hundreds of thousands of lines.
    if (rows.length >= 5000) process.stdout.write(`${rows.splice(0).join('\n')}\n`);
  }
  if (rows.length > 0) process.stdout.write(`${rows.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lesson: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
