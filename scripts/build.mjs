// Builds everything `npm start`, the CLI and the end-to-end tests run:
//   dist/renderer/  the React UI (Vite)
//   dist/node/      the Node side (esbuild): Electron main + preload, browser-mode server, CLI, workers
// Usage: node scripts/build.mjs [--node-only]
import { build as esbuild } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeOnly = process.argv.includes('--node-only');

// Native and file-loading packages stay outside the bundle; `electron` is provided by the runtime.
const external = ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'];

const nodeEntries = {
  main: 'electron/main.ts',
  'browser-mode': 'electron/browser-mode.ts',
  cli: 'electron/cli/main.ts',
  'extract-worker': 'electron/services/documents/extract-worker.ts',
  'figure-worker': 'electron/services/export/figure-worker.ts',
  'patent-pdf-worker': 'electron/services/patents/patent-pdf-worker.ts',
};

// Built into a staging folder and swapped in, so a running app or test never sees half a build.
async function buildNode() {
  const staging = `${root}dist/node.staging`;
  rmSync(staging, { recursive: true, force: true });
  const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', sourcemap: true, external, logLevel: 'warning' };
  await esbuild({
    ...common,
    entryPoints: nodeEntries,
    outdir: staging,
    format: 'esm',
    // Bundled CommonJS dependencies may call require(); give ESM output one.
    banner: { js: "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);" },
  });
  // A sandboxed preload must be CommonJS.
  await esbuild({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: staging, format: 'cjs', outExtension: { '.js': '.cjs' } });
  // Each file is replaced by an atomic rename; files of an older build that this one no longer makes go.
  const target = `${root}dist/node`;
  mkdirSync(target, { recursive: true });
  const built = readdirSync(staging);
  for (const file of built) renameSync(`${staging}/${file}`, `${target}/${file}`);
  for (const file of readdirSync(target)) if (!built.includes(file)) rmSync(`${target}/${file}`, { force: true });
  rmSync(staging, { recursive: true, force: true });
}

async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: `${root}vite.config.ts`, logLevel: 'warn' });
}

const started = Date.now();
await buildNode();
if (!nodeOnly) await buildRenderer();
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
