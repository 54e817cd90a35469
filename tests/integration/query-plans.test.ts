import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeMatter } from '../../electron/services/app-context';
import { inspectMatterFile } from '../../electron/services/db/open';
import { generateLargeMatter } from '../fixtures/large-matter';
import { builtWorkerPath } from '../helpers/test-app';

/**
 * The hot paths of a large matter (open, lists, search, dashboard, a chart) must not scan the big tables:
 * every statement they prepare is run through EXPLAIN QUERY PLAN and a `SCAN` of one of these tables (a
 * read of every row, rather than a search through an index) fails the test. Lists of patents, products,
 * documents and charts read every row by design and are not on this list.
 */
const BIG_TABLES = ['pages', 'excerpts', 'cells', 'cell_citations', 'limitations', 'claims', 'blobs', 'blob_chunks', 'chart_claims', 'document_products'];

/**
 * Statements that read every row of a big table because what they show is every row: the matter-wide
 * excerpt list without a filter (virtualized in the UI), and the dashboard's progress of every chart
 * (each chart's asserted claims, then their limitations and cells through indexes).
 */
const READS_EVERY_ROW_BY_DESIGN: readonly { table: string; statement: RegExp }[] = [
  { table: 'excerpts', statement: /FROM excerpts e JOIN documents d .* WHERE e\.deleted_at IS NULL ORDER BY/ },
  { table: 'chart_claims', statement: /^SELECT cc\.chart_id AS chartId, coalesce\(ce\.status/ },
  { table: 'chart_claims', statement: /^SELECT cc\.chart_id AS chartId, cl\.number FROM chart_claims cc/ },
];

// The matter lives for the whole file (useTempDirs would remove it after the first test, under a running backup).
const matterDir = mkdtempSync(join(tmpdir(), 'claimchart-query-plans-'));
let generated: Awaited<ReturnType<typeof generateLargeMatter>>;
const prepared = new Set<string>();
const originalPrepare = Database.prototype.prepare;

beforeAll(async () => {
  generated = await generateLargeMatter(matterDir, { documents: 12, pagesPerDocument: 5, excerpts: 120, patents: 4, claimsPerPatent: 20, charts: 4 }, builtWorkerPath);
  await closeMatter(generated.ctx);
  inspectMatterFile(generated.path); // builds the expected-schema probe now, which is no hot path
  // Record what the hot paths prepare on a fresh connection (statements are cached per connection).
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    prepared.add(source);
    return originalPrepare.call(this, source);
  } as typeof Database.prototype.prepare;
  const { call, path } = generated;
  await call('matter.open', { path });
  const overview = await call('matter.overview', {});
  await call('excerpt.list', {});
  await call('excerpt.list', { documentId: overview.documents[0]!.id });
  await call('search.query', { query: 'baseboard management controller', limit: 50 });
  await call('search.like', { text: 'a thermal sensor coupled to the system fan', limit: 20 });
  await call('matter.dashboard', {});
  const chart = await call('chart.get', { chartId: overview.charts[0]!.id });
  await call('excerpt.usage', { excerptId: 1 });
  await call('excerpt.usages', { excerptIds: [1, 2, 3, 4, 5] });
  await call('patent.get', { id: overview.patents[0]!.id });
  await call('chart.updateCell', { chartId: chart.id, limitationId: chart.rows[1]!.limitationId, status: 'literal' });
  Database.prototype.prepare = originalPrepare;
}, 120_000);

afterAll(async () => {
  Database.prototype.prepare = originalPrepare;
  await closeMatter(generated.ctx);
  rmSync(matterDir, { recursive: true, force: true });
});

function planOf(db: Database.Database, sql: string): string[] {
  // Parameters are unknown here; bind NULLs, which the planner treats like any value.
  let lastError = '';
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const named = [...new Set([...sql.matchAll(/[@:$]([A-Za-z_]\w*)/g)].map((m) => m[1]!))];
  const namedValues = Object.fromEntries(named.map((name) => [name, null]));
  for (let count = 0; count <= 40; count += 1) {
    try {
      const args = named.length > 0 ? [...Array(count).fill(null), namedValues] : Array(count).fill(null);
      return (statement.all(...args) as { detail: string }[]).map((r) => r.detail);
    } catch (error) {
      if (!/Too (few|many) parameter|Missing named parameter|RangeError/i.test(String(error))) throw error;
      lastError = String(error);
    }
  }
  throw new Error(`could not plan (${lastError}): ${sql.slice(0, 300)}`);
}

const NOT_ALIASES = new Set(['WHERE', 'ON', 'JOIN', 'LEFT', 'INNER', 'CROSS', 'GROUP', 'ORDER', 'LIMIT', 'USING', 'WINDOW', 'UNION', 'NATURAL']);

/** The table each name in a plan stands for: plans name an aliased table by its alias (`SCAN e`). */
function tablesByAlias(sql: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, table, alias] of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    names.set(table!, table!);
    if (alias && !NOT_ALIASES.has(alias.toUpperCase())) names.set(alias, table!);
  }
  return names;
}

function fullScans(db: Database.Database, sql: string): string[] {
  const tables = tablesByAlias(sql);
  return planOf(db, sql)
    .filter((detail) => {
      const name = /^SCAN (\w+)(?! VIRTUAL)/.exec(detail)?.[1];
      const table = name === undefined ? undefined : (tables.get(name) ?? name);
      const oneLine = sql.replace(/\s+/g, ' ').trim();
      const byDesign = READS_EVERY_ROW_BY_DESIGN.some((read) => read.table === table && read.statement.test(oneLine));
      return table !== undefined && BIG_TABLES.includes(table) && !byDesign && !/USING (COVERING )?INDEX/.test(detail);
    })
    .map((detail) => `${detail}  ←  ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
}

describe('query plans on the hot paths', () => {
  it('read the big tables only through indexes', () => {
    const db = generated.ctx.session.current.db;
    const reads = [...prepared].filter((sql) => /^\s*(SELECT|WITH)\b/i.test(sql));
    expect(reads.length).toBeGreaterThan(15);
    expect(reads.flatMap((sql) => fullScans(db, sql))).toEqual([]);
  });

  it('the check notices a full scan', () => {
    const db = generated.ctx.session.current.db;
    expect(fullScans(db, 'SELECT id FROM excerpts WHERE quote = ?')).toHaveLength(1);
    expect(fullScans(db, 'SELECT id FROM excerpts WHERE document_id = ?')).toEqual([]);
    expect(fullScans(db, 'SELECT e.id FROM excerpts AS e JOIN documents d ON d.id = e.document_id WHERE e.quote = ?')).toHaveLength(1);
  });
});
