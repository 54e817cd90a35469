/**
 * A PDF's hidden parts do nothing on import (docs/SECURITY.md): a PDF carrying JavaScript (on open, in the
 * name tree, per page, on links), form submissions, launch actions, an embedded file and links to
 * `http:`, `file:`, `ftp:` and another PDF goes through the real importers — documents (PDFium in the
 * built worker threads) and patents (pdf.js) — and only its drawn text comes out. Every target it names is
 * a canary: an HTTP server on 127.0.0.1 that must receive nothing, a launch script and an attachment script
 * that would leave marker files.
 */
import { chmodSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readBlob } from '../../electron/services/db/blob-store';
import { readPatentPdfOffThread } from '../../electron/services/patents/patent-pdf-thread';
import { ATTACHMENT_NAME, FILE_LINK, FTP_LINK, HOSTILE_PAGE_TEXT, REMOTE_PDF, SCRIPT_MARK, WEB_LINK, addHostileParts, hostilePdf, type HostileOptions } from '../helpers/hostile-pdf';
import type { TestApp } from '../helpers/test-app';
import { useTempDirs } from '../helpers/temp-dir';
import { printPatent } from '../unit/claims/patent-pdf-fixture';
import { createDocumentTestApp, writeFile } from './documents/fixtures';

const tempDir = useTempDirs();
const patentWorker = resolve(__dirname, '../../dist/node/patent-pdf-worker.js');
let app: TestApp;
afterEach(() => app?.dispose());

// The canary web server: anything a script, a form or a link of the PDF reached would be recorded here.
const canaryRequests: string[] = [];
let canary: Server;
let canaryUrl: string;
beforeAll(async () => {
  canary = createServer((req, res) => {
    canaryRequests.push(`${req.method} ${req.url}`);
    res.end('canary');
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => canary.close(() => resolve())));

/** A folder with the launch canary (an executable that leaves `launched` behind) and where the attachment's marker would go. */
function canaries(dir: string): HostileOptions & { launchedMarker: string } {
  const launchedMarker = join(dir, 'launched');
  const launchPath = join(dir, 'launch-canary.sh');
  writeFileSync(launchPath, `#!/bin/sh\necho ran > '${launchedMarker}'\n`);
  chmodSync(launchPath, 0o755);
  return { canaryUrl, launchPath, launchedMarker, attachmentMarker: join(dir, 'attachment-ran') };
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(dir, p)).isFile());
}

/** Whatever the PDF could have run would have had this long to show itself (a spawned process, a request). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function expectNothingRan(dirs: readonly string[], c: ReturnType<typeof canaries>): void {
  expect(canaryRequests).toEqual([]);
  expect(existsSync(c.launchedMarker)).toBe(false);
  expect(existsSync(c.attachmentMarker)).toBe(false);
  // The attachment was never written out anywhere the app or a reader would put it.
  for (const dir of [...dirs, tmpdir(), process.cwd()]) {
    expect(existsSync(join(dir, ATTACHMENT_NAME)), dir).toBe(false);
  }
  for (const dir of dirs) expect(filesUnder(dir).filter((p) => p.includes(ATTACHMENT_NAME)), dir).toEqual([]);
}

/** Strings that would show that the PDF's scripts, actions or attachment reached the stored text. */
const TRACES = [SCRIPT_MARK, 'app.alert', 'submitForm', 'getURL', 'launchURL', 'exportDataObject', 'example.invalid', WEB_LINK, FILE_LINK, FTP_LINK, REMOTE_PDF, 'passwd', ATTACHMENT_NAME, 'echo', '127.0.0.1', 'launch-canary'];

describe('a PDF carrying scripts, launch actions, an attachment and links', () => {
  it('is imported as a document with its drawn text only, and nothing in it runs or is written out', async () => {
    app = createDocumentTestApp();
    const dir = tempDir();
    const c = canaries(dir);
    const { bytes, links } = await hostilePdf(c);
    expect(links.map((l) => l.kind)).toEqual(['http', 'file', 'gotor', 'launch', 'ftp', 'javascript', 'gotoe']);
    const path = writeFile(dir, 'hostile.pdf', bytes);
    const dataBefore = filesUnder(app.dataDir);
    const dirBefore = filesUnder(dir);

    const { outcomes } = await app.call('document.import', { paths: [path] });
    expect(outcomes).toEqual([
      { status: 'imported', path, documentId: expect.any(Number), title: 'Hostile sample', pageCount: 2, hasText: true, warnings: [] },
    ]);
    const id = (outcomes[0] as { documentId: number }).documentId;

    // The stored file is the file imported, byte for byte: nothing was stripped or rewritten by anything.
    const detail = await app.call('document.get', { id });
    expect(Buffer.compare(readBlob(app.ctx.session.current.db, detail.sha256)!, Buffer.from(bytes))).toBe(0);
    expect(detail).toMatchObject({ title: 'Hostile sample', fileName: 'hostile.pdf', pageCount: 2, sourceUrl: null });

    // Only the drawn text: the heading, the paragraph and the links' labels; no script, target or attachment.
    const pages = app.ctx.session.current.db.prepare('SELECT page_number AS page, text FROM pages WHERE document_id = ? ORDER BY page_number').all(id) as { page: number; text: string }[];
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    const [one, two] = pages.map((p) => p.text.replace(/\s+/g, ' ').trim());
    for (const drawn of [HOSTILE_PAGE_TEXT[0], HOSTILE_PAGE_TEXT[1], ...links.map((l) => l.label)]) expect(one).toContain(drawn);
    expect(two).toBe(HOSTILE_PAGE_TEXT[2]);
    const stored = JSON.stringify(app.ctx.session.current.db.prepare('SELECT * FROM documents WHERE id = ?').get(id)) + one + two;
    for (const trace of TRACES) expect(stored, trace).not.toContain(trace);
    for (const query of ['alert', 'passwd', 'submitForm', 'example', 'attachment sh']) {
      expect((await app.call('search.query', { query })).results, query).toEqual([]);
    }
    expect((await app.call('search.query', { query: 'hostile sample' })).results.map((r) => r.page).sort()).toEqual([1, 2]);

    await settle();
    expectNothingRan([dir, app.dataDir], c);
    // The import folder holds what it held; the user data folder only the matter file (and SQLite's and backups' files).
    expect(filesUnder(dir).sort()).toEqual(dirBefore.sort());
    const added = filesUnder(app.dataDir).filter((p) => !dataBefore.includes(p));
    for (const file of added) expect(file).toMatch(/(\.claimchart(-wal|-shm|\.lock)?|^Backups\/.*)$/);
  });

  it('is read as a patent by pdf.js with the same claims as without the hidden parts, and nothing runs', async () => {
    app = createDocumentTestApp();
    const dir = tempDir();
    const c = canaries(dir);
    const claims = [
      '1. A server comprising: a baseboard management controller; and a fan controlled by the baseboard management controller.',
      '2. The server of claim 1, wherein the fan is hot-swappable.',
    ];
    const printed = await printPatent({ number: 'US 7,634,671 B2', frontPage: [['(12) United States Patent', '(10) Patent No.: US 7,634,671 B2']], description: ['A server.'], claims });
    const hostile = await PDFDocument.load(printed.bytes);
    await addHostileParts(hostile, c);
    const cleanPath = writeFile(dir, 'clean-patent.pdf', printed.bytes);
    const hostilePath = writeFile(dir, 'hostile-patent.pdf', await hostile.save());

    const parsed = await app.call('patent.parse', { source: { path: hostilePath } });
    expect(parsed.claims.map((claim) => `${claim.number}. ${claim.text}`)).toEqual(claims);
    expect(parsed).toEqual(await app.call('patent.parse', { source: { path: cleanPath } }));
    expect(JSON.stringify(parsed)).not.toContain(SCRIPT_MARK);
    // And in the worker thread the app runs it in (dist/node/patent-pdf-worker.js).
    expect(existsSync(patentWorker)).toBe(true);
    const offThread = await readPatentPdfOffThread(await hostile.save(), { workerPath: patentWorker });
    expect(offThread).toEqual(await readPatentPdfOffThread(printed.bytes, { workerPath: patentWorker }));
    expect(offThread.claims.map((claim) => `${claim.number}. ${claim.text}`)).toEqual(claims);

    await settle();
    expectNothingRan([dir, app.dataDir], c);
  });

  it('has every hidden part the tests count on (so a passing test is not an empty PDF passing)', async () => {
    const { bytes } = await hostilePdf(canaries(tempDir()));
    const pdf = await PDFDocument.load(bytes);
    const text = Buffer.from(bytes).toString('latin1');
    for (const part of ['/OpenAction', '/S /JavaScript', '/S /Launch', '/S /SubmitForm', '/S /GoToR', '/S /GoToE', '/EmbeddedFiles', '/FileAttachment', `(${WEB_LINK})`, `(${FILE_LINK})`, 'app.alert', 'this.submitForm', 'this.getURL']) {
      expect(text, part).toContain(part);
    }
    expect(pdf.getPages().map((page) => page.node.get(PDFName.of('AA')) !== undefined)).toEqual([true, true]);
    expect(pdf.getPageCount()).toBe(2);
  });
});
