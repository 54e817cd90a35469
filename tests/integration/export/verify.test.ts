/**
 * Quote verification: every quote block is checked against its page's text before any export. An edited
 * quote is caught and blocks the export; an elided or [altered] one, or one hyphenated across lines on
 * the page, passes; an override exports anyway and is recorded with the export.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCell, writeCell } from '../../../electron/services/charts/cells';
import { stmt } from '../../../electron/services/db/statements';
import { setExcerptDeleted } from '../../../electron/services/excerpts/repository';
import type { Block } from '../../../shared/chart/cell-schema';
import { VerificationReportSchema } from '../../../shared/domain/export';
import { useTempDirs } from '../../helpers/temp-dir';
import type { TestApp } from '../../helpers/test-app';
import { HYPHENATED_QUOTE, type ChartFixture } from './chart-fixture';
import { createChartedApp } from './exported-app';

const tempDir = useTempDirs();
let app: TestApp;
let fixture: ChartFixture;

beforeEach(async () => {
  ({ app, fixture } = await createChartedApp());
}, 60_000);
afterEach(() => app.dispose());

/** Rewrites the first quote block of the chart whose words satisfy `pick`; answers its row and excerpt. */
function editQuote(pick: (words: string) => boolean, edit: (words: string) => string) {
  return app.ctx.session.write((db) => {
    for (const row of fixture.rows) {
      const cell = readCell(db, fixture.chartId, row.limitationId)!;
      const index = cell.content.findIndex((b) => b.type === 'quote' && pick(b.children.map((c) => c.text).join('')));
      if (index < 0) continue;
      const quote = cell.content[index] as Extract<Block, { type: 'quote' }>;
      const words = edit(quote.children.map((c) => c.text).join(''));
      const content = cell.content.map((block, i) => (i === index ? { ...quote, children: [{ text: words }] } : block));
      writeCell(db, fixture.chartId, row.limitationId, { ...cell, content });
      return { row, excerptId: quote.excerptId, words };
    }
    throw new Error('no such quote in the fixture');
  });
}

const exportCount = () => (stmt(app.ctx.session.current.db, 'SELECT count(*) AS n FROM exports').get() as { n: number }).n;

describe('quote verification', () => {
  it('passes the charted quotes: verbatim, elided with "…", and hyphenated across lines on the page', async () => {
    expect(fixture.quotes).toContain(HYPHENATED_QUOTE);
    expect(fixture.quotes.some((q) => q.includes(' … '))).toBe(true);
    const report = await app.call('export.verify', { chartId: fixture.chartId });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ chartId: fixture.chartId, passed: true, quotesChecked: fixture.quotes.length });
    expect(report.citationsChecked).toBeGreaterThanOrEqual(fixture.cited.length);
  });

  it('catches a hyphen and a space typed inside a word, also inside one the page hyphenates at a line end', async () => {
    // "configu-\nration" on the page is one word, "configuration": a quote may join it, not split it.
    const split = editQuote((w) => w === HYPHENATED_QUOTE, (w) => w.replace('configuration', 'configu- ration'));
    const midLine = editQuote((w) => / controller /.test(w) && !w.includes('…'), (w) => w.replace(' controller ', ' control- ler '));
    const report = await app.call('export.verify', { chartId: fixture.chartId });
    expect(report.passed).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.quote])).toEqual(
      expect.arrayContaining([
        ['quote-not-in-source', split.words],
        ['quote-not-in-source', midLine.words],
      ]),
    );
    expect(report.problems).toHaveLength(2);
  });

  it('catches a quote cut inside a word at either end: its first or last word is no longer the source’s', async () => {
    const cut = editQuote((w) => /^The \w/.test(w), (w) => w.slice(2)); // "The management…" → "e management…"
    const report = await app.call('export.verify', { chartId: fixture.chartId });
    expect(report.problems.map((p) => [p.kind, p.quote])).toEqual([['quote-not-in-source', cut.words]]);
  });

  it('passes a [bracketed] alteration', async () => {
    editQuote((w) => /^The \w/.test(w), (w) => `[t]${w.slice(1)}`);
    expect((await app.call('export.verify', { chartId: fixture.chartId })).passed).toBe(true);
  });

  it('catches an edited quote, names its row, and blocks the export until overridden; the override is recorded', async () => {
    const verb = / (reports|measures|collects|forwards|records|exposes|polls|aggregates) /;
    const edited = editQuote((w) => verb.test(w) && !w.includes('…'), (w) => w.replace(verb, ' guarantees '));
    const report = await app.call('export.verify', { chartId: fixture.chartId });
    expect(report.passed).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'quote-not-in-source',
        rowLabel: edited.row.label,
        limitationId: edited.row.limitationId,
        excerptId: edited.excerptId,
        quote: edited.words,
        firstMismatchAt: edited.words.indexOf('guarantees'),
      }),
    ]);

    const outputPath = join(tempDir(), 'chart.docx');
    const blocked = await app.call('export.run', { chartId: fixture.chartId, format: 'docx', outputPath });
    expect(blocked.status).toBe('blocked');
    expect(blocked.verification.problems).toHaveLength(1);
    expect(existsSync(outputPath)).toBe(false);
    expect(exportCount()).toBe(0);

    const reason = 'Checked against the produced paper original; the OCR of page 3 is wrong.';
    const written = await app.call('export.run', { chartId: fixture.chartId, format: 'docx', outputPath, override: { reason } });
    expect(written).toMatchObject({ status: 'written', overrideReason: reason });
    expect(existsSync(outputPath)).toBe(true);
    const row = stmt(app.ctx.session.current.db, 'SELECT chart_id, format, verification, override_reason FROM exports').get() as Record<string, string>;
    expect(row).toMatchObject({ chart_id: fixture.chartId, format: 'docx', override_reason: reason });
    const recorded = VerificationReportSchema.parse(JSON.parse(row.verification!));
    expect(recorded).toMatchObject({ passed: false, problems: [expect.objectContaining({ kind: 'quote-not-in-source', excerptId: edited.excerptId })] });
  });

  it('records no override when verification passes', async () => {
    const result = await app.call('export.run', { chartId: fixture.chartId, format: 'csv', outputPath: join(tempDir(), 'c.csv'), override: { reason: 'just in case' } });
    expect(result).toMatchObject({ status: 'written', overrideReason: null });
    expect(stmt(app.ctx.session.current.db, 'SELECT override_reason FROM exports').get()).toEqual({ override_reason: null });
  });

  it('blocks citations of deleted excerpts and of pages outside their document', async () => {
    const [deleted, moved] = fixture.cited.filter((e) => e.kind === 'text');
    app.ctx.session.write((db) => {
      setExcerptDeleted(db, deleted!.id, true);
      stmt(db, 'UPDATE excerpts SET page_number = 99 WHERE id = ?').run(moved!.id);
    });
    const report = await app.call('export.verify', { chartId: fixture.chartId });
    expect(report.passed).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'excerpt-deleted', excerptId: deleted!.id }),
        expect.objectContaining({ kind: 'page-out-of-range', excerptId: moved!.id }),
      ]),
    );
    const blocked = await app.call('export.run', { chartId: fixture.chartId, format: 'packet', outputPath: join(tempDir(), 'p.pdf') });
    expect(blocked.status).toBe('blocked');
  });
});
