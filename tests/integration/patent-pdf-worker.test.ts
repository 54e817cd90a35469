/**
 * The patent PDF worker as the app runs it (dist/node/patent-pdf-worker.js, built by `npm run build`):
 * the same claims as reading on this thread, the same refusals, and a deadline that stops a long read.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPatentPdf } from '../../electron/services/patents/patent-pdf';
import { readPatentPdfOffThread } from '../../electron/services/patents/patent-pdf-thread';
import { printPatent } from '../unit/claims/patent-pdf-fixture';

const workerPath = resolve(__dirname, '../../dist/node/patent-pdf-worker.js');
const claims = [
  '1. A server comprising: a baseboard management controller; and a fan controlled by the baseboard management controller.',
  '2. The server of claim 1, wherein the fan is hot-swappable.',
];

describe('the patent PDF worker', async () => {
  const printed = await printPatent({ number: 'US 7,634,671 B2', frontPage: [['(12) United States Patent', '(10) Patent No.: US 7,634,671 B2']], description: ['A server.'], claims });

  it('reads the claims in a worker thread exactly as on this thread', async () => {
    expect(existsSync(workerPath)).toBe(true);
    const offThread = await readPatentPdfOffThread(printed.bytes, { workerPath });
    expect(offThread.claims.map((c) => `${c.number}. ${c.text}`)).toEqual(claims);
    expect(offThread).toEqual(await readPatentPdf(printed.bytes));
  });

  it('passes on the reader\'s refusals with their codes', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]).drawRectangle({ x: 50, y: 50, width: 500, height: 700, color: rgb(0.8, 0.8, 0.8) });
    await expect(readPatentPdfOffThread(await pdf.save(), { workerPath })).rejects.toMatchObject({ code: 'pdf-no-text', message: /no text layer/ });
    const damaged = new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF\n%%EOF');
    await expect(readPatentPdfOffThread(damaged, { workerPath })).rejects.toMatchObject({ code: 'pdf-unreadable' });
  });

  it('stops a read that runs past its deadline, and says so', async () => {
    await expect(readPatentPdfOffThread(printed.bytes, { workerPath, timeoutMs: 1 })).rejects.toMatchObject({
      code: 'pdf-unreadable',
      message: /took longer than 0 s and was stopped/,
    });
  });
});
