// `npm start`: the desktop app when an Electron binary is present (or can be downloaded: tried once, with a
// clear message); otherwise the same app in browser mode on 127.0.0.1. Both open the most recent matter,
// the sample matter on first run.
//   npm start -- --browser     skip Electron and use browser mode
//   npm start -- --no-open     browser mode without opening a browser (prints the URL)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser') || process.env.CLAIMCHART_BROWSER === '1';
const passThrough = args.filter((a) => a !== '--browser');

function build() {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Read where the electron package put its binary rather than `require('electron')`: requiring it downloads a
// missing binary on the spot, printing the failure's stack trace where there is no network.
function electronBinary() {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function tryDownloadElectron() {
  console.log('Electron is not installed yet; trying to download it once (npm blocks its install script by default)…');
  const result = spawnSync(process.execPath, [require.resolve('electron/install.js')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status === 0 && electronBinary()) return electronBinary();
  const reason = (result.stderr ?? '').split('\n').find((line) => /error/i.test(line))?.trim() ?? 'timed out';
  console.log(`Could not download Electron here (${reason}). Starting browser mode instead.\n`);
  return undefined;
}

// better-sqlite3 is a native module: Electron needs its own build, kept apart from the one Node and the
// tests use, and made once with @electron/rebuild. The copy is rebuilt in a scratch folder and moved into
// place only when the rebuild succeeded, so a failed one is tried again rather than leaving Node's build
// where Electron would load it.
async function electronSqliteBinding() {
  const dir = `${root}.electron-native`;
  const bindingIn = (base) => `${base}/node_modules/better-sqlite3/build/Release/better_sqlite3.node`;
  if (existsSync(bindingIn(dir))) return bindingIn(dir);
  console.log('Building the SQLite engine for Electron (first start only)…');
  const scratch = `${dir}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(`${scratch}/node_modules`, { recursive: true });
  cpSync(`${root}node_modules/better-sqlite3`, `${scratch}/node_modules/better-sqlite3`, { recursive: true });
  writeFileSync(`${scratch}/package.json`, JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3': '*' } }));
  const { rebuild } = await import('@electron/rebuild');
  const electronVersion = require('electron/package.json').version;
  await rebuild({ buildPath: scratch, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  return bindingIn(dir);
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

build();
const electron = forceBrowser ? undefined : electronBinary() ?? tryDownloadElectron();
if (electron) {
  const binding = await electronSqliteBinding();
  run(electron, ['dist/node/main.js', ...passThrough], { ...process.env, CLAIMCHART_SQLITE_BINDING: binding });
} else {
  run(process.execPath, ['dist/node/browser-mode.js', ...passThrough]);
}
