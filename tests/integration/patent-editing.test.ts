import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBlob } from '../../electron/services/db/blob-store';
import type { PatentDetail } from '../../shared/domain/patent';
import { createTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let patent: PatentDetail;

beforeEach(async () => {
  app = createTestApp();
  const { patents } = await app.call('matter.overview', {});
  patent = await app.call('patent.get', { id: patents.find((p) => p.number === 'US 7,634,671')!.id });
});
afterEach(() => app.dispose());

const claim1 = () => patent.claims.find((c) => c.number === 1)!;
const labelsOf = (p: PatentDetail, n = 1) => p.claims.find((c) => c.number === n)!.limitations.map((l) => l.label);
const textsOf = (p: PatentDetail, n = 1) => p.claims.find((c) => c.number === n)!.limitations.map((l) => l.text);

/** A chart on claim 1 with a cell on the given limitation (the chart feature writes the same rows). */
function cellOn(limitationId: number, content: unknown[], excerpt = false): number {
  const db = app.ctx.session.current.db;
  const now = new Date().toISOString();
  let chart = db.prepare('SELECT id FROM charts').get() as { id: number } | undefined;
  if (!chart) {
    const product = db.prepare('SELECT id FROM products LIMIT 1').get() as { id: number };
    const id = db
      .prepare("INSERT INTO charts (patent_id, kind, product_id, title, created_at, updated_at) VALUES (?, 'infringement', ?, 'T', ?, ?)")
      .run(patent.id, product.id, now, now).lastInsertRowid;
    chart = { id: Number(id) };
  }
  const cellId = Number(
    db.prepare('INSERT INTO cells (chart_id, limitation_id, content, updated_at) VALUES (?, ?, ?, ?)').run(chart.id, limitationId, JSON.stringify(content), now)
      .lastInsertRowid,
  );
  if (excerpt) {
    const blob = 'a'.repeat(64);
    writeBlob(db, blob, 'application/pdf', new Uint8Array([0]));
    db.prepare(
      "INSERT OR IGNORE INTO documents (blob_sha256, file_name, title, short_name, page_count, imported_at) VALUES (?, 'm.pdf', 'Manual', 'Manual', 1, ?)",
    ).run(blob, now);
    const doc = (db.prepare('SELECT id FROM documents WHERE blob_sha256 = ?').get(blob) as { id: number }).id;
    const ex = db
      .prepare("INSERT INTO excerpts (document_id, page_number, kind, quote, sort_key, created_at) VALUES (?, 1, 'text', 'q', '0001', ?)")
      .run(doc, now).lastInsertRowid;
    db.prepare('INSERT INTO cell_citations (cell_id, excerpt_id) VALUES (?, ?)').run(cellId, ex);
  }
  return cellId;
}

function cellsOf(limitationId: number) {
  return app.ctx.session.current.db.prepare('SELECT id, content FROM cells WHERE limitation_id = ?').all(limitationId) as { id: number; content: string }[];
}

describe('editing a claim’s split', () => {
  it('splits a limitation at the cursor, relabelling the rows after it, and keeps the words', async () => {
    const target = claim1().limitations[1]!; // [1a] running an autodiscovery tool to discover the network devices …
    expect(target.label).toBe('[1a]');
    const offset = target.text.indexOf('to discover');
    const after = await app.call('limitation.split', { id: target.id, offset });
    expect(labelsOf(after)).toEqual(['[1pre]', '[1a]', '[1b]', '[1c]', '[1d]', '[1e]', '[1f]']);
    expect(textsOf(after)[1]).toBe('running an autodiscovery tool');
    expect(textsOf(after)[2]).toBe('to discover the network devices of the managed IT network;');
    expect(textsOf(after).join(' ')).toBe(claim1().text);
    expect(after.claims[0]!.limitations[1]!.id).toBe(target.id);
  });

  it('merges a limitation with the next one', async () => {
    const [, a, b] = claim1().limitations;
    const after = await app.call('limitation.merge', { id: a!.id });
    expect(labelsOf(after)).toEqual(['[1pre]', '[1a]', '[1b]', '[1c]', '[1d]']);
    expect(textsOf(after)[1]).toBe(`${a!.text} ${b!.text}`);
    expect(textsOf(after).join(' ')).toBe(claim1().text);
  });

  it('keeps chart cells attached: split leaves the cell on the first part, merge joins both cells', async () => {
    const [, a, b] = claim1().limitations;
    cellOn(a!.id, [{ type: 'paragraph', children: [{ text: 'evidence for 1a' }] }], true);
    cellOn(b!.id, [{ type: 'paragraph', children: [{ text: 'evidence for 1b' }] }], true);
    await app.call('limitation.split', { id: a!.id, offset: a!.text.indexOf('to discover') });
    expect(cellsOf(a!.id)).toHaveLength(1);
    await app.call('limitation.merge', { id: a!.id }); // back to the original [1a]
    await app.call('limitation.merge', { id: a!.id }); // [1a] + [1b]
    const merged = cellsOf(a!.id);
    expect(merged).toHaveLength(1);
    expect(JSON.parse(merged[0]!.content)).toEqual([
      { type: 'paragraph', children: [{ text: 'evidence for 1a' }] },
      { type: 'paragraph', children: [{ text: 'evidence for 1b' }] },
    ]);
    const citations = app.ctx.session.current.db.prepare('SELECT count(*) AS n FROM cell_citations WHERE cell_id = ?').get(merged[0]!.id) as { n: number };
    expect(citations.n).toBe(2);
  });

  it('undoes and redoes edits, cells included', async () => {
    const [, a, b] = claim1().limitations;
    cellOn(b!.id, [{ type: 'paragraph', children: [{ text: 'only on 1b' }] }]);
    await app.call('limitation.merge', { id: a!.id });
    expect(cellsOf(a!.id)).toHaveLength(1);
    const undone = await app.call('claims.undo', {});
    expect(textsOf(undone)).toEqual(textsOf(patent));
    expect(undone.claims[0]!.limitations.map((l) => l.id)).toEqual(claim1().limitations.map((l) => l.id));
    expect(cellsOf(b!.id)).toHaveLength(1);
    const redone = await app.call('claims.redo', {});
    expect(labelsOf(redone)).toHaveLength(5);
    expect(cellsOf(a!.id)).toHaveLength(1);
    await expect(app.call('claims.redo', {})).rejects.toThrow(/no claim edit to redo/);
  });

  it('relabels, marks the preamble and means-plus-function terms, and changes the label scheme', async () => {
    const a = claim1().limitations[1]!;
    let after = await app.call('limitation.relabel', { id: a.id, label: '[1a-alt]' });
    expect(labelsOf(after)[1]).toBe('[1a-alt]');
    after = await app.call('limitation.relabel', { id: a.id, label: null });
    expect(labelsOf(after)[1]).toBe('[1a]');
    after = await app.call('claim.setPreambleLimiting', { id: claim1().id, limiting: false });
    expect(after.claims[0]!.preambleLimiting).toBe(false);
    await expect(app.call('limitation.setMeansPlusFunction', { id: a.id, terms: ['means for flying'] })).rejects.toThrow(/Not in this limitation/);
    await app.call('matter.setLabelScheme', { scheme: 'decimal' });
    after = await app.call('patent.get', { id: patent.id });
    expect(labelsOf(after)).toEqual(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(labelsOf(after, 2)).toEqual(['2']);
  });

  it('refuses impossible edits with a clear message and changes nothing', async () => {
    const last = claim1().limitations.at(-1)!;
    await expect(app.call('limitation.merge', { id: last.id })).rejects.toThrow(/last limitation/);
    await expect(app.call('limitation.split', { id: last.id, offset: last.text.length })).rejects.toThrow(/inside the limitation/);
    await expect(app.call('limitation.split', { id: 987654, offset: 3 })).rejects.toThrow(/no limitation/);
    expect(textsOf(await app.call('patent.get', { id: patent.id }))).toEqual(textsOf(patent));
  });
});
