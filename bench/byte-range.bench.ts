/**
 * Byte ranges of a large stored PDF, the viewer's reads: a 200 MB produced document (random bytes stand in
 * for a scanned production; only the size matters here) in a fresh matter, 100 ranges of 256 KiB (pdf.js's
 * chunk size in the viewer) at random offsets, read the way the transports serve them (readBinary, then
 * sliceForRange). Peer: the same ranges read from the same bytes in a plain file with one positioned read
 * each, in the same run. Target: p95 under 10 ms, so a page of a large production loads without a wait.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppContext } from '../electron/services/app-context';
import { readBinary } from '../electron/services/blobs';
import { writeBlob } from '../electron/services/db/blob-store';
import { sliceForRange } from '../electron/transport/byte-range';
import type { BenchContext, BenchResult } from './types';

const SIZE = 200 * 1024 * 1024;
const RANGE = 256 * 1024;
const READS = 100;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

export default async function run(bench: BenchContext): Promise<BenchResult> {
  const bytes = randomBytes(SIZE);
  const ctx = createAppContext({ dataDir: bench.workDir, transport: 'in-process' });
  ctx.session.createFile(join(bench.workDir, 'ranges.claimchart'), { name: 'Byte ranges' });
  const { db } = ctx.session.current;
  const sha256 = 'e'.repeat(64);
  db.transaction(() => {
    writeBlob(db, sha256, 'application/pdf', bytes);
    db.prepare(
      "INSERT INTO documents (blob_sha256, file_name, title, short_name, page_count, imported_at) VALUES (?, 'production.pdf', 'Production', 'Production', 1, ?)",
    ).run(sha256, new Date().toISOString());
  })();
  const documentId = db.prepare('SELECT id FROM documents').pluck().get() as number;
  const plain = join(bench.workDir, 'production.pdf');
  writeFileSync(plain, bytes);
  const offsets = Array.from({ length: READS }, (_, i) => Math.floor(((i * 7919) % READS) / READS * (SIZE - RANGE)));

  const ours: number[] = [];
  for (const offset of offsets) {
    const started = performance.now();
    const ranged = sliceForRange(readBinary(ctx, `/document/${documentId}`), `bytes=${offset}-${offset + RANGE - 1}`);
    ours.push(performance.now() - started);
    if (!Buffer.from(ranged.body).equals(bytes.subarray(offset, offset + RANGE))) throw new Error(`wrong bytes at ${offset}`);
  }
  const peer: number[] = [];
  const fd = openSync(plain, 'r');
  const buffer = Buffer.alloc(RANGE);
  for (const offset of offsets) {
    const started = performance.now();
    readSync(fd, buffer, 0, RANGE, offset);
    peer.push(performance.now() - started);
  }
  closeSync(fd);
  await ctx.backups.idle();
  ctx.session.close();

  const p50 = percentile(ours, 50);
  const p95 = percentile(ours, 95);
  bench.log(`slowest: ${[...ours].sort((a, b) => b - a).slice(0, 8).map((ms) => ms.toFixed(1)).join(", ")} ms`);
  bench.log(`${READS} ranges of ${RANGE / 1024} KiB from ${SIZE / 2 ** 20} MiB: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms; plain file p50 ${percentile(peer, 50).toFixed(3)} ms`);
  return {
    name: `byte ranges of a ${SIZE / 2 ** 20} MB stored PDF`,
    figures: [
      { label: 'range p50', value: p50, unit: 'ms' },
      { label: 'range p95', value: p95, unit: 'ms' },
    ],
    peer: { name: 'positioned read of a plain file', figures: [{ label: 'range p50', value: percentile(peer, 50), unit: 'ms' }] },
    ratio: { value: p50 / percentile(peer, 50), describes: 'ClaimChart range p50 / plain-file read p50' },
    target: { description: 'range p95 under 10 ms', met: p95 < 10 },
  };
}
