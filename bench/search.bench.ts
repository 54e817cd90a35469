/**
 * Search: a matter of 10,000 pages (ten generated 1,000-page manuals, imported through the importer), 100
 * queries of every kind through the RPC (ranked, with snippets), and 20 "find evidence" limitations;
 * p50/p95 latency. Peer: `pdfgrep -r` over the same PDFs in the same run, on a subset of the queries
 * (it reads every page for every query).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppContext } from '../electron/services/app-context';
import { documentHandlers } from '../electron/services/documents/handlers';
import { defaultDocumentOptions } from '../electron/services/documents/options';
import { searchHandlers } from '../electron/services/search/handlers';
import { generateManualPdf } from '../electron/services/documents/made-up-manual';
import type { BenchContext, BenchResult } from './types';

const DOCUMENTS = 10;
const PAGES = 1000;
const PEER_QUERIES = 8;

const words = ['fan', 'power', 'controller', 'firmware', 'thermal', 'sensor', 'chassis', 'memory', 'watchdog', 'backplane', 'adapter', 'processor', 'standby', 'alert', 'intrusion', 'riser', 'predictive', 'console', 'threshold', 'amber', 'redundant', 'carrier', 'boot', 'cover', 'technical'];
const phrases = ['power supply', 'serial console', 'watchdog timer', 'inlet temperature', 'predictive failure', 'cold boot', 'web interface', 'front panel', 'thermal sensor', 'network adapter', 'memory module', 'system fan', 'rack rail kit', 'storage backplane', 'firmware update', 'chassis cover', 'troubleshooting chapter', 'technical support', 'BIOS setup utility', 'recovery procedure', 'service personnel', 'top cover', 'configuration table', 'event code', 'host processor'];
const pairs = ['fan threshold', 'firmware riser', 'alert standby', 'memory reset', 'console watchdog', 'chassis amber', 'sensor boot', 'processor isolates', 'backplane predictive', 'adapter intrusion', 'power cover', 'carrier thermal', 'redundant storage', 'panel firmware', 'technical event', 'reset standby', 'supply drive', 'watchdog expires', 'inlet exceeds', 'cover opened'];
const prefixes = ['therm*', 'redund*', 'predict*', 'intrus*', 'backpl*', 'firmw*', 'standb*', 'troubl*', 'configur*', 'personn*'];

function queries(): string[] {
  const rare = Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? `E${1000 + ((i * 617) % 9000)}` : `"KR-${(i % DOCUMENTS) + 1}-${(i * 131) % PAGES}"`));
  const misses = ['zeppelin', 'quasar', '"fan zeppelin"', 'xylophone*', 'kumquat'];
  return [...words, ...phrases.map((p) => `"${p}"`), ...pairs, ...rare, ...prefixes, ...misses];
}

const limitations = [
  'wherein the baseboard management controller is configured to monitor the inlet temperature and to increase the speed of the system fan when a threshold is exceeded',
  'a watchdog timer configured to reset the host processor upon expiry',
  'wherein said controller logs an event upon detecting that the chassis cover is opened',
  'a redundant power supply unit, wherein the management controller raises an alert if the power supply fails',
  'a storage backplane comprising a plurality of drive carriers, each reporting a predictive failure',
  'updating the firmware of the network adapter via a web interface',
  'a front panel comprising an LED that blinks amber until a fault condition clears',
  'wherein the serial console is accessible while the host is in standby',
  'a thermal sensor coupled to the riser card',
  'means for isolating a failed memory module during a cold boot',
  'wherein the boot firmware is updated and the system is reset after the update completes',
  'a chassis intrusion switch configured to signal the management controller',
  'hot-swappable parts replaceable while the system is running',
  'reading sensor data of the host processor and reporting it to a remote console',
  'a rack rail kit attached to the chassis',
  'recording an event code for technical support',
  'wherein the default value of the setting is shown in a configuration table',
  'disabling the behavior in a BIOS setup utility',
  'powering on the storage backplane after the watchdog timer expires',
  'reporting the status of the drive carrier to the baseboard management controller',
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** pdfgrep takes a regular expression; a query becomes its words separated by whitespace. */
function pdfgrepPattern(query: string): string {
  return query.replace(/["*]/g, '').split(/\s+/).map((w) => w.replace(/[^\w-]/g, '')).join('\\s+');
}

export default async function run(bench: BenchContext): Promise<BenchResult> {
  const workerPath = join(bench.root, 'dist/node/extract-worker.js');
  if (!existsSync(workerPath)) throw new Error('dist/node/extract-worker.js is missing: run `npm run build` first.');
  const pdfDir = join(bench.workDir, 'pdfs');
  mkdirSync(pdfDir);
  const paths: string[] = [];
  for (let seed = 1; seed <= DOCUMENTS; seed++) {
    const path = join(pdfDir, `manual-${seed}.pdf`);
    writeFileSync(path, await generateManualPdf(seed, PAGES));
    paths.push(path);
  }
  bench.log(`generated ${DOCUMENTS} PDFs of ${PAGES} pages`);

  const ctx = createAppContext({ dataDir: bench.workDir, transport: 'in-process' });
  ctx.session.createFile(join(bench.workDir, 'search.claimchart'), { name: 'Search benchmark' });
  const options = { ...defaultDocumentOptions(), workerPath };
  const documents = documentHandlers(ctx, options);
  const search = searchHandlers(ctx, options);
  const importStarted = performance.now();
  const imported = await documents['document.import']!({ paths });
  const importSeconds = (performance.now() - importStarted) / 1000;
  if (imported.outcomes.some((o) => o.status !== 'imported')) throw new Error(`import failed: ${JSON.stringify(imported.outcomes)}`);
  bench.log(`imported ${DOCUMENTS * PAGES} pages in ${importSeconds.toFixed(1)} s`);

  const timeQuery = async (query: string) => {
    const started = performance.now();
    const response = await search['search.query']!({ query, limit: 50, offset: 0 });
    return { ms: performance.now() - started, hits: response.results.length };
  };
  const all = queries();
  for (const query of all) await timeQuery(query); // warm the page cache and the statements
  const latencies: number[] = [];
  let withHits = 0;
  for (const query of all) {
    const { ms, hits } = await timeQuery(query);
    latencies.push(ms);
    if (hits > 0) withHits++;
  }
  const slowest = all.map((query, i) => ({ query, ms: latencies[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 6);
  bench.log(`slowest: ${slowest.map((s) => `${s.query} ${s.ms.toFixed(1)} ms`).join(', ')}`);
  bench.log(`${all.length} queries, ${withHits} with hits: p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);

  const likeLatencies: number[] = [];
  for (const text of limitations) {
    const started = performance.now();
    await search['search.like']!({ text, limit: 20, offset: 0 });
    likeLatencies.push(performance.now() - started);
  }
  bench.log(`find evidence, ${limitations.length} limitations: p50 ${percentile(likeLatencies, 50).toFixed(1)} ms, p95 ${percentile(likeLatencies, 95).toFixed(1)} ms`);

  const peerQueries = [...words.slice(0, 3), ...phrases.slice(0, 3).map((p) => `"${p}"`), 'E1617', 'zeppelin'].slice(0, PEER_QUERIES);
  const peerTimes: number[] = [];
  for (const query of peerQueries) {
    const started = performance.now();
    const result = spawnSync('pdfgrep', ['-r', '-i', '-c', pdfgrepPattern(query), pdfDir], { encoding: 'utf8' });
    peerTimes.push(performance.now() - started);
    if (result.status !== 0 && result.status !== 1) throw new Error(`pdfgrep failed: ${result.stderr}`);
    bench.log(`pdfgrep ${query}: ${(peerTimes.at(-1)! / 1000).toFixed(2)} s`);
  }
  await ctx.backups.idle();
  ctx.session.close();

  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const peerMedian = percentile(peerTimes, 50);
  return {
    name: `search ${DOCUMENTS * PAGES} pages`,
    figures: [
      { label: 'query p50', value: p50, unit: 'ms' },
      { label: 'query p95', value: p95, unit: 'ms' },
      { label: 'find-evidence p50', value: percentile(likeLatencies, 50), unit: 'ms' },
      { label: 'find-evidence p95', value: percentile(likeLatencies, 95), unit: 'ms' },
      { label: `import of ${DOCUMENTS} × ${PAGES} pages`, value: importSeconds, unit: 's' },
    ],
    peer: { name: `pdfgrep -r (${peerQueries.length} of the queries)`, figures: [{ label: 'per query, median', value: peerMedian, unit: 'ms' }] },
    ratio: {
      value: p50 / peerMedian,
      describes: `ClaimChart query p50 / pdfgrep per-query median (pdfgrep ${Math.round(peerMedian / p50)}× slower)`,
    },
    target: { description: 'query p95 under 10 ms', met: p95 < 10 },
  };
}
