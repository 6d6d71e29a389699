/**
 * `npm run classroom`: serves the built app on the local network and relays classes. Prints the
 * instructor's and the students' addresses and a QR code for students; Ctrl-C stops it.
 *
 *   npm run classroom -- [--port 8080] [--host 0.0.0.0] [--root dist] [--no-qr]
 *
 * Builds dist/ first when it has no index.html. Nothing leaves the local network: no accounts,
 * no outside server, no analytics.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';
import { startClassroomServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: '0.0.0.0' },
    root: { type: 'string', default: 'dist' },
    'no-qr': { type: 'boolean', default: false },
  },
});

/** The machine's IPv4 addresses on its networks (what phones in the room can reach). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

const root = resolve(values.root);
if (!existsSync(join(root, 'index.html'))) {
  console.log(`No built app in ${root}: building it first (npm run build)…`);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', root], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}
const wildcard = values.host === '0.0.0.0';
const hosts = wildcard ? lanAddresses() : [values.host];
const server = await startClassroomServer({
  root,
  port,
  host: values.host,
  joinBase: (p) => (hosts[0] === undefined ? undefined : `http://${hosts[0]}:${p}`),
});

const bases = [...hosts, ...(wildcard ? ['localhost'] : [])].map(
  (h) => `http://${h}:${server.port}`,
);
const [main] = bases;
console.log('\nProximal classroom: the app and the class relay, on this network only.\n');
console.log('Instructor, open:');
for (const base of bases) console.log(`  ${base}/?teach`);
console.log('\nStudents, open (or scan the code the instructor shows):');
for (const base of bases) console.log(`  ${base}/?join`);
if (main !== undefined && !values['no-qr']) {
  console.log(`\nScan to join (${main}/?join):\n`);
  console.log(renderUnicodeCompact(`${main}/?join`, { border: 2 }));
}
if (hosts.length === 0) console.log('\n(No network found: only this computer can join.)');
console.log('\nCtrl-C stops the server.');

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  const { dropped, classes, accepted } = server.stats();
  await server.close();
  console.log(
    `\nClassroom stopped (${signal}): ${classes} class(es), ${accepted} messages relayed, ` +
      `dropped ${JSON.stringify(dropped)}.`,
  );
  process.exit(0);
}
process.on('SIGINT', () => void stop('Ctrl-C'));
process.on('SIGTERM', () => void stop('SIGTERM'));
