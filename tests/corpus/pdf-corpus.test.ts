import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refusalCodes, type ImportOutcome } from '../../shared/domain/document';
import { createDocumentTestApp } from '../integration/documents/fixtures';

// 120 real-world PDFs from the pdf.js test suite: malformed, encrypted, scanned, unusual. Every one must be
// imported or refused with a reason, in one batch, without crashing the process or running past the limit.
const corpusDir = path.resolve(__dirname, '../../../shared/data/pdfs/pdfjs-corpus');
const TIMEOUT_MS = 30_000;

const app = createDocumentTestApp({ timeoutMs: TIMEOUT_MS });
afterAll(() => app.dispose());

describe('the pdf.js corpus through the importer', () => {
  it('imports or refuses every file with a clear message', async () => {
    const files = readdirSync(corpusDir).filter((f) => f.endsWith('.pdf')).sort();
    expect(files).toHaveLength(120);
    const started = Date.now();
    const { outcomes } = await app.call('document.import', { paths: files.map((f) => path.join(corpusDir, f)) });
    const seconds = (Date.now() - started) / 1000;

    expect(outcomes).toHaveLength(files.length);
    const byFile = new Map(outcomes.map((o) => [path.basename(o.path), o] as [string, ImportOutcome]));
    const tally: Record<string, number> = {};
    for (const outcome of outcomes) {
      const key =
        outcome.status === 'imported' ? (outcome.hasText ? 'imported with text' : 'imported, no text layer') : outcome.status === 'refused' ? `refused: ${outcome.code}` : outcome.status;
      tally[key] = (tally[key] ?? 0) + 1;
      if (outcome.status === 'refused') {
        expect(refusalCodes).toContain(outcome.code);
        expect(outcome.message.length).toBeGreaterThan(15);
      }
    }
    console.log(`pdf.js corpus, ${files.length} files in ${seconds.toFixed(1)} s:`, tally);
    for (const outcome of outcomes.filter((o) => o.status === 'refused')) console.log(`  ${path.basename(outcome.path)}: ${outcome.code}: ${outcome.message}`);

    // Known files: the encrypted ones ask for their password, the fuzzed one has no pages, the rest import.
    for (const encrypted of ['issue21579.pdf', 'issue3371.pdf', 'issue6010_1.pdf']) {
      expect(byFile.get(encrypted)).toMatchObject({ status: 'refused', code: 'password-required' });
    }
    expect(byFile.get('poppler-395-0-fuzzed.pdf')).toMatchObject({ status: 'refused', code: 'no-pages' });
    expect(byFile.get('tracemonkey.pdf')).toMatchObject({ status: 'imported', pageCount: 14, hasText: true });
    expect(tally['refused: timeout'] ?? 0).toBe(0);
    expect((tally['imported with text'] ?? 0) + (tally['imported, no text layer'] ?? 0)).toBeGreaterThanOrEqual(110);

    // The index holds exactly the imported pages.
    const db = app.ctx.session.current.db;
    expect(() => db.prepare("INSERT INTO pages_fts (pages_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    const found = await app.call('search.query', { query: '"trace-based"' });
    expect(found.results.some((r) => r.shortName.length > 0 && r.page >= 1)).toBe(true);
  });
});
