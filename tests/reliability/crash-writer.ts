/**
 * The child of the crash test: opens a matter and writes in a loop (chart cell edits, excerpt captures,
 * document imports), printing `COMMITTED …` after each write has committed. The test kills it with SIGKILL
 * at random moments and then checks that every write reported here is in the file.
 * Usage: node crash-writer.mjs MATTER WORKER_PATH PDF_DIR START_SEQ
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAppContext } from '../../electron/services/app-context';
import { createHandlers } from '../../electron/services/handlers';
import { inProcessClient } from '../../electron/services/rpc/dispatch';

const [matterPath, workerPath, pdfDir, startSeq] = process.argv.slice(2) as [string, string, string, string];
const ctx = createAppContext({ dataDir: join(pdfDir, '..', 'data'), transport: 'in-process', backupIntervalMs: 60_000 });
ctx.session.openFile(matterPath);
const call = inProcessClient(createHandlers(ctx, { documents: { workerPath } }));

const chart = (await call('matter.overview', {})).charts[0]!;
const rows = (await call('chart.get', { chartId: chart.id })).rows;
const document = (await call('matter.overview', {})).documents[0]!;
const pdfs = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort();
const say = (line: string) => process.stdout.write(`${line}\n`);

say('READY');
for (let seq = Number(startSeq); ; seq += 1) {
  const row = rows[seq % rows.length]!;
  if (seq % 10 === 9) {
    const file = pdfs[seq % pdfs.length]!;
    const { outcomes } = await call('document.import', { paths: [join(pdfDir, file)] });
    const outcome = outcomes[0]!;
    if (outcome.status === 'imported') say(`COMMITTED document ${outcome.documentId} ${seq}`);
  } else if (seq % 3 === 0) {
    const excerpt = await call('excerpt.create', { kind: 'text', documentId: document.id, page: 1, quote: 'baseboard management controller', note: `crash ${seq}` });
    say(`COMMITTED excerpt ${excerpt.id} ${seq}`);
  } else {
    const content = [{ type: 'paragraph' as const, children: [{ text: `edit ${seq}` }] }];
    await call('chart.updateCell', { chartId: chart.id, limitationId: row.limitationId, content });
    say(`COMMITTED cell ${row.limitationId} ${seq}`);
  }
}
