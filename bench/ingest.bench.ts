/**
 * Ingest: a generated 1,000-page text PDF imported end to end (read, extract in worker threads, store,
 * index) into a fresh matter, against `pdftotext` on the same file in the same run.
 * Target: no more than 1.5 × pdftotext's wall time; peak memory of the importing process under 500 MB.
 *
 * The first import of a process would pay PDFium's warm-up (V8 compiles the WebAssembly lazily and tiers
 * it up); the app does that warm-up shortly after startup (documents/warm-up.ts), and so does this
 * benchmark before its runs, timing it. Reported: the first import after it, and the median of the later
 * ones, which the target is judged on. When ../shared/data is there, a
 * Chromium-printed document (embedded subset fonts, like the file in MEASUREMENTS.md) is measured too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { ImportProgress } from '../shared/domain/document';
import { createAppContext } from '../electron/services/app-context';
import { DocumentImporter } from '../electron/services/documents/importer';
import { defaultDocumentOptions, type DocumentOptions } from '../electron/services/documents/options';
import { generateManualPdf } from '../electron/services/documents/made-up-manual';
import { warmUpExtraction } from '../electron/services/documents/warm-up';
import type { BenchContext, BenchResult } from './types';

const PAGES = 1000;
const RUNS = 5;
/** 67 copies of the 15-page OpenBMC sample: 1,005 pages printed by Chromium. */
const PRINTED_COPIES = 67;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Peak resident memory of this process, worker threads included (they share it). VmHWM is reset through
 * /proc/self/clear_refs so the figure covers the import alone, not the PDF generation before it.
 */
function resetPeakRss(): void {
  writeFileSync('/proc/self/clear_refs', '5');
}
function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}

/** CPU seconds of finished child processes (user + system), from /proc/self/stat (clock ticks of 10 ms). */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** CPU seconds of this process, all threads (the workers included). */
function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

interface Timing {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

function timePdftotext(pdf: string, out: string): Timing {
  const [started, cpu] = [performance.now(), childCpuSeconds()];
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, out]);
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: childCpuSeconds() - cpu };
}

interface ImportRun extends Timing {
  readonly peakMb: number;
  /** Milliseconds from the start to each phase: probed, last page extracted, stored. */
  readonly phases: string;
}

/** One import of `pdf` into a fresh matter, the way the app runs it. */
async function importOnce(bench: BenchContext, options: DocumentOptions, pdf: string, name: string): Promise<ImportRun> {
  const ctx = createAppContext({ dataDir: bench.workDir, transport: 'in-process' });
  ctx.session.createFile(join(bench.workDir, `${name}.claimchart`), { name });
  const phases = new Map<string, number>();
  ctx.events.listen((channel, payload) => {
    if (channel !== 'document.importProgress') return;
    const { phase, pagesDone } = payload as ImportProgress;
    const key = phase === 'extracting' && pagesDone === 0 ? 'probed' : phase;
    if (!phases.has(key) || key === 'extracting') phases.set(key, performance.now());
  });
  (globalThis as { gc?: () => void }).gc?.();
  resetPeakRss();
  const [started, cpu] = [performance.now(), ownCpuSeconds()];
  const { outcomes } = await new DocumentImporter(ctx, options).import({ paths: [pdf] }, name);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = ownCpuSeconds() - cpu;
  const peakMb = peakRssMb();
  if (outcomes[0]?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcomes[0])}`);
  const at = (phase: string) => ((phases.get(phase) ?? started) - started).toFixed(0);
  await ctx.backups.idle();
  ctx.session.close();
  return { seconds, cpuSeconds, peakMb, phases: `probed ${at('probed')}, last page ${at('extracting')}, stored ${at('done')} ms` };
}

/** The Chromium-printed sample joined into a 1,005-page file, or undefined without ../shared/data. */
function printedManual(bench: BenchContext): string | undefined {
  const sample = join(bench.root, '../shared/data/pdfs/openbmc-docs-sample.pdf');
  if (!existsSync(sample)) return undefined;
  const joined = join(bench.workDir, 'openbmc-1005.pdf');
  const result = spawnSync('pdfunite', [...Array.from({ length: PRINTED_COPIES }, () => sample), joined]);
  return result.status === 0 ? joined : undefined;
}

export default async function run(bench: BenchContext): Promise<BenchResult> {
  const workerPath = join(bench.root, 'dist/node/extract-worker.js');
  if (!existsSync(workerPath)) throw new Error('dist/node/extract-worker.js is missing: run `npm run build` first.');
  const pdf = join(bench.workDir, 'manual-1000.pdf');
  writeFileSync(pdf, await generateManualPdf(1, PAGES));
  bench.log(`generated ${PAGES} pages (${(readFileSync(pdf).length / 2 ** 20).toFixed(1)} MiB); load average ${loadavg()[0]!.toFixed(1)}`);

  const options = { ...defaultDocumentOptions(), workerPath };
  const warmUpStarted = performance.now();
  await warmUpExtraction(options);
  const warmUpMs = performance.now() - warmUpStarted;
  bench.log(`startup warm-up of the PDF engine: ${warmUpMs.toFixed(0)} ms`);
  const imports: ImportRun[] = [];
  const peers: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const peer = timePdftotext(pdf, join(bench.workDir, 'out.txt'));
    const run = await importOnce(bench, options, pdf, `ingest-${i}`);
    peers.push(peer);
    imports.push(run);
    bench.log(
      `run ${i + 1}: import ${run.seconds.toFixed(2)} s, ${run.cpuSeconds.toFixed(2)} s CPU (${run.phases}); ` +
        `pdftotext ${peer.seconds.toFixed(2)} s, ${peer.cpuSeconds.toFixed(2)} s CPU; peak RSS ${run.peakMb.toFixed(0)} MB`,
    );
  }
  const [first, ...later] = imports as [ImportRun, ...ImportRun[]];
  const importSeconds = median(later.map((r) => r.seconds));
  const peerSeconds = median(peers.map((p) => p.seconds));
  const cpuRatio = median(later.map((r) => r.cpuSeconds)) / median(peers.map((p) => p.cpuSeconds));
  const peakMb = Math.max(...imports.map((r) => r.peakMb));
  const ratio = importSeconds / peerSeconds;
  bench.log(`first import after the warm-up: ${first.seconds.toFixed(2)} s = ${(first.seconds / peerSeconds).toFixed(2)} × pdftotext`);

  const figures = [
    { label: `import (median of ${later.length})`, value: importSeconds, unit: 's' },
    { label: 'first import after the startup warm-up', value: first.seconds, unit: 's' },
    { label: 'startup warm-up (background)', value: warmUpMs, unit: 'ms' },
    { label: 'CPU time / pdftotext CPU time', value: cpuRatio, unit: '×' },
    { label: 'peak RSS', value: peakMb, unit: 'MB' },
    { label: 'workers', value: options.workerCount, unit: '' },
  ];
  const printed = printedManual(bench);
  if (printed) {
    const peer = timePdftotext(printed, join(bench.workDir, 'printed.txt'));
    const result = await importOnce(bench, options, printed, 'printed');
    bench.log(
      `Chromium-printed 1,005 pages: import ${result.seconds.toFixed(2)} s, ${result.cpuSeconds.toFixed(2)} s CPU (${result.phases}); ` +
        `pdftotext ${peer.seconds.toFixed(2)} s, ${peer.cpuSeconds.toFixed(2)} s CPU; peak RSS ${result.peakMb.toFixed(0)} MB`,
    );
    figures.push({ label: 'Chromium-printed 1,005 pages, import / pdftotext', value: result.seconds / peer.seconds, unit: '×' });
  }
  bench.log(`load average at the end ${loadavg()[0]!.toFixed(1)} (2 cores: above 2, other processes compete)`);
  return {
    name: 'ingest 1,000-page PDF',
    figures,
    peer: { name: 'pdftotext', figures: [{ label: `extract (median of ${RUNS})`, value: peerSeconds, unit: 's' }] },
    ratio: { value: ratio, describes: 'import wall time (median after the first) / pdftotext wall time' },
    target: { description: '≤ 1.5 × pdftotext, peak RSS < 500 MB', met: ratio <= 1.5 && peakMb < 500 },
  };
}
