// `npm run bench`: builds the benchmark modules in bench/*.bench.ts with esbuild, runs each in its own
// process (so one's memory does not weigh on the next), prints a table and writes bench/results.json.
//   npm run bench -- ingest      run only the benchmarks whose name contains "ingest"
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(`${root}bench`).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)));
if (files.length === 0) {
  console.error('No benchmark matched.');
  process.exit(1);
}

const outDir = `${root}dist/bench`;
rmSync(outDir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // Named entries: a path outside bench/ in a plain list would move esbuild's output folder.
  entryPoints: {
    ...Object.fromEntries(files.map((f) => [f.replace(/\.ts$/, ''), `bench/${f}`])),
    runner: 'bench/runner.ts',
    'figure-worker': 'electron/services/export/figure-worker.ts',
  },
  outdir: outDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*', '@embedpdf/pdfium', 'playwright-core', 'electron'],
  banner: { js: "import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);" },
  logLevel: 'warning',
});

const results = [];
for (const file of files) {
  const module = join(outDir, file.replace(/\.ts$/, '.js'));
  const workDir = mkdtempSync(join(tmpdir(), 'claimchart-bench-'));
  console.log(`\n▶ ${file}`);
  const child = spawnSync(process.execPath, ['--expose-gc', join(outDir, 'runner.js'), module, workDir, root], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  rmSync(workDir, { recursive: true, force: true });
  const line = child.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  process.stdout.write(child.stdout.split('\n').filter((l) => !l.startsWith('BENCH_RESULT ')).join('\n'));
  if (child.status !== 0 || !line) {
    console.error(`✖ ${file} failed`);
    results.push({ name: file, error: `exit ${child.status}` });
    continue;
  }
  results.push(JSON.parse(line.slice('BENCH_RESULT '.length)));
}

const fmt = (f) => `${f.label} ${Number.isInteger(f.value) ? f.value : f.value.toFixed(f.value < 10 ? 2 : 1)} ${f.unit}`;
console.log('\n| benchmark | ClaimChart | peer | ratio | target |');
console.log('|---|---|---|---|---|');
for (const r of results) {
  if (r.error) {
    console.log(`| ${r.name} | failed (${r.error}) | | | |`);
    continue;
  }
  const peer = r.peer ? `${r.peer.name}: ${r.peer.figures.map(fmt).join(', ')}` : '';
  const ratio = r.ratio ? `${r.ratio.value.toFixed(2)}x (${r.ratio.describes})` : '';
  const target = r.target ? `${r.target.met ? 'met' : 'NOT met'}: ${r.target.description}` : '';
  console.log(`| ${r.name} | ${r.figures.map(fmt).join(', ')} | ${peer} | ${ratio} | ${target} |`);
}
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
mkdirSync(`${root}bench`, { recursive: true });
writeFileSync(`${root}bench/results.json`, JSON.stringify({ measuredAt: new Date().toISOString(), machine, results }, null, 2));
console.log(`\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}. Written to bench/results.json.`);
process.exit(results.some((r) => r.error) ? 1 : 0);
