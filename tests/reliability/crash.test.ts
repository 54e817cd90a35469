import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, openInitialMatter } from '../../electron/services/app-context';
import { openMatterDb } from '../../electron/services/db/open';
import { createHandlers } from '../../electron/services/handlers';
import { inProcessClient } from '../../electron/services/rpc/dispatch';
import { useTempDirs } from '../helpers/temp-dir';
import { builtWorkerPath } from '../helpers/test-app';

/**
 * Nothing lost: a child writes in a loop and is killed with SIGKILL at random moments, at least 200 times.
 * After every kill the matter opens, integrity_check is "ok", the FTS index agrees with its content, and
 * every write the child reported as committed is there.
 */
const KILLS = 200;
const TIME_BUDGET_MS = 240_000;
const tempDir = useTempDirs();
let dir: string;
let child: string;
let matterPath: string;

async function makePdf(path: string, title: string, pages: number) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p += 1) {
    const page = pdf.addPage([612, 792]);
    page.drawText(`${title} page ${p}`, { x: 72, y: 720, size: 14, font });
    page.drawText('The baseboard management controller reports the power consumption of each device.', { x: 72, y: 690, size: 10, font });
  }
  writeFileSync(path, await pdf.save());
}

/** A small deterministic generator, so a failing run can be repeated from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

beforeAll(async () => {
  dir = tempDir();
  const pdfDir = join(dir, 'pdfs');
  mkdirSync(pdfDir);
  mkdirSync(join(dir, 'data'));
  for (let i = 0; i < 6; i += 1) await makePdf(join(pdfDir, `manual-${i}.pdf`), `Manual ${i}`, 3 + i);
  // Inside the repository, so the bundle's external packages resolve from node_modules.
  child = resolve(__dirname, '../../dist/tests/crash-writer.mjs');
  await build({
    entryPoints: [resolve(__dirname, 'crash-writer.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*', '@embedpdf/pdfium'],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'error',
  });
  // The matter the child works on: the sample matter, one imported document, one chart.
  const ctx = createAppContext({ dataDir: join(dir, 'data'), transport: 'in-process' });
  openInitialMatter(ctx);
  const call = inProcessClient(createHandlers(ctx, { documents: { workerPath: builtWorkerPath } }));
  matterPath = ctx.session.current.path;
  const { outcomes } = await call('document.import', { paths: [join(pdfDir, 'manual-0.pdf')] });
  expect(outcomes[0]!.status).toBe('imported');
  const overview = await call('matter.overview', {});
  const patent = overview.patents.find((p) => p.number === 'US 7,634,671')!;
  const product = overview.products.find((p) => p.name === 'Aivres KR2280-X1')!;
  await call('chart.create', { kind: 'infringement', patentId: patent.id, claimNumbers: [1, 2], productId: product.id });
  await ctx.backups.idle();
  ctx.session.close();
}, 120_000);

interface Reported {
  cells: Map<number, number>; // limitation id → highest seq reported
  excerpts: Map<number, number>; // excerpt id → seq
  documents: Set<number>;
}

function runOnce(seed: () => number, startSeq: number, reported: Reported): Promise<number> {
  return new Promise((resolveRun, reject) => {
    const proc = spawn(process.execPath, [child, matterPath, builtWorkerPath, join(dir, 'pdfs'), String(startSeq)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let lastSeq = startSeq;
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'READY') {
          setTimeout(() => proc.kill('SIGKILL'), 5 + Math.floor(seed() * 300));
          continue;
        }
        const [, kind, id, seq] = line.split(' ');
        lastSeq = Math.max(lastSeq, Number(seq));
        if (kind === 'cell') reported.cells.set(Number(id), Math.max(reported.cells.get(Number(id)) ?? 0, Number(seq)));
        if (kind === 'excerpt') reported.excerpts.set(Number(id), Number(seq));
        if (kind === 'document') reported.documents.add(Number(id));
      }
    });
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself (${code}): ${stderr}`));
      else resolveRun(lastSeq + 1);
    });
  });
}

function verify(reported: Reported) {
  const db = openMatterDb(matterPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // FTS5's own check of the index against the pages table it indexes.
    db.prepare("INSERT INTO pages_fts(pages_fts, rank) VALUES ('integrity-check', 1)").run();
    for (const [limitationId, seq] of reported.cells) {
      const row = db.prepare('SELECT content FROM cells WHERE limitation_id = ?').get(limitationId) as { content: string };
      const stored = Number(/edit (\d+)/.exec(row.content)![1]);
      expect(stored).toBeGreaterThanOrEqual(seq);
    }
    for (const [excerptId, seq] of reported.excerpts) {
      expect(db.prepare('SELECT note FROM excerpts WHERE id = ?').get(excerptId)).toEqual({ note: `crash ${seq}` });
    }
    for (const documentId of reported.documents) {
      const doc = db.prepare('SELECT page_count FROM documents WHERE id = ?').get(documentId) as { page_count: number };
      expect(db.prepare('SELECT count(*) AS n FROM pages WHERE document_id = ?').get(documentId)).toEqual({ n: doc.page_count });
    }
    // No half-imported document: every document has all its pages.
    const partial = db.prepare('SELECT d.id FROM documents d WHERE d.page_count <> (SELECT count(*) FROM pages p WHERE p.document_id = d.id)').all();
    expect(partial).toEqual([]);
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`loses no committed write across ${KILLS} SIGKILLs`, async () => {
    const seedValue = Number(process.env.CRASH_SEED ?? Date.now() % 100000);
    console.log(`crash test seed: ${seedValue} (CRASH_SEED=${seedValue} repeats this run)`);
    const seed = random(seedValue);
    const reported: Reported = { cells: new Map(), excerpts: new Map(), documents: new Set() };
    const started = Date.now();
    let seq = 1;
    let kills = 0;
    while (kills < KILLS) {
      if (Date.now() - started > TIME_BUDGET_MS) throw new Error(`only ${kills} kills fit in the time budget`);
      seq = await runOnce(seed, seq, reported);
      kills += 1;
      verify(reported);
    }
    console.log(`crash test: ${kills} kills in ${((Date.now() - started) / 1000).toFixed(0)} s; ${reported.cells.size} rows, ${reported.excerpts.size} excerpts, ${reported.documents.size} documents reported committed`);
    expect(reported.excerpts.size + reported.cells.size).toBeGreaterThan(20);
  }, TIME_BUDGET_MS + 60_000);
});
