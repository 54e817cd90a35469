import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOB_CHUNK_BYTES, readBlob, readBlobRange } from '../../electron/services/db/blob-store';
import { APPLICATION_ID, createMatterDb, inspectMatterFile, openMatterDb } from '../../electron/services/db/open';
import { applyMigration, latestSchemaVersion, migrations } from '../../electron/services/db/migrations';
import { AppError } from '../../shared/errors';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();

function fingerprint(dir: string): string {
  const files = readdirSync(dir).sort();
  return files.map((f) => `${f}:${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`).join('\n');
}

function expectRefusal(path: string, code: AppError['code']) {
  const dir = join(path, '..');
  const before = fingerprint(dir);
  let caught: unknown;
  try {
    openMatterDb(path).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  expect((caught as AppError).message.length).toBeGreaterThan(20);
  // Nothing changed: same files, same bytes, no -wal/-shm left behind.
  expect(fingerprint(dir)).toBe(before);
  return caught as AppError;
}

/** A matter file at an older schema version: the migrations up to `version` applied by hand. */
function makeFileAtVersion(path: string, version: number) {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  for (const m of migrations.filter((m) => m.version <= version)) applyMigration(db, m);
  db.pragma(`user_version = ${version}`);
  db.close();
}

describe('matter files', () => {
  it('are created with the application id, the latest schema, WAL, foreign keys and untrusted schema', () => {
    const path = join(tempDir(), 'new.claimchart');
    const db = createMatterDb(path);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    const strictTables = db
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'pages_fts%'")
      .all();
    expect(strictTables).toEqual([]);
    db.close();
    expect(inspectMatterFile(path)).toBe(latestSchemaVersion);
  });

  it('refuse to overwrite an existing file on create', () => {
    const path = join(tempDir(), 'taken.claimchart');
    writeFileSync(path, 'precious');
    expect(() => createMatterDb(path)).toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('precious');
  });

  it('move version 1 files\' stored bytes into chunks, byte for byte', () => {
    const path = join(tempDir(), 'v1.claimchart');
    makeFileAtVersion(path, 1);
    const pdf = randomBytes(2 * BLOB_CHUNK_BYTES + 12_345);
    const png = randomBytes(300);
    const v1 = new Database(path);
    const insert = v1.prepare('INSERT INTO blobs (sha256, media_type, size, bytes) VALUES (?, ?, ?, ?)');
    insert.run('a'.repeat(64), 'application/pdf', pdf.length, pdf);
    insert.run('b'.repeat(64), 'image/png', png.length, png);
    v1.close();
    const db = openMatterDb(path);
    try {
      expect(readBlob(db, 'a'.repeat(64))!.equals(pdf)).toBe(true);
      expect(readBlob(db, 'b'.repeat(64))!.equals(png)).toBe(true);
      const across = [BLOB_CHUNK_BYTES - 10, BLOB_CHUNK_BYTES + 10] as const;
      expect(readBlobRange(db, 'a'.repeat(64), ...across).equals(pdf.subarray(...across))).toBe(true);
      expect(db.prepare('SELECT sha256, count(*) AS n FROM blob_chunks GROUP BY sha256 ORDER BY sha256').all()).toEqual([
        { sha256: 'a'.repeat(64), n: 3 },
        { sha256: 'b'.repeat(64), n: 1 },
      ]);
      expect(db.prepare("SELECT name FROM pragma_table_info('blobs')").pluck().all()).toEqual(['sha256', 'media_type', 'size']);
    } finally {
      db.close();
    }
  });

  it.each(migrations.map((m) => m.version - 1))('migrate from version %i, after a VACUUM INTO backup', (version) => {
    const dir = tempDir();
    const path = join(dir, 'old.claimchart');
    makeFileAtVersion(path, version);
    const db = openMatterDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'cells'").get()).toEqual({ n: 1 });
    db.close();
    const backup = join(dir, `old.claimchart.v${version}.bak`);
    expect(existsSync(backup)).toBe(true);
    expect(inspectMatterFile(backup)).toBe(version);
  });

  it('refuse a file that is not SQLite', () => {
    const path = join(tempDir(), 'notes.claimchart');
    writeFileSync(path, 'These are not the claims you are looking for.\n'.repeat(100));
    expect(expectRefusal(path, 'not-a-matter').message).toMatch(/not a ClaimChart matter/);
  });

  it('refuse a SQLite database that is not a matter', () => {
    const path = join(tempDir(), 'other.claimchart');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    expectRefusal(path, 'not-a-matter');
  });

  it('refuse a matter from a newer version', () => {
    const path = join(tempDir(), 'future.claimchart');
    createMatterDb(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    expect(expectRefusal(path, 'matter-too-new').message).toMatch(/newer version/);
  });

  it('refuse a damaged (truncated) matter', () => {
    const path = join(tempDir(), 'cut.claimchart');
    const db = createMatterDb(path);
    db.exec("INSERT INTO matter (id, name, created_at, updated_at) VALUES (1, 'x', 'now', 'now')");
    db.pragma('journal_mode = DELETE');
    db.close();
    truncateSync(path, 4096 * 3);
    expectRefusal(path, 'matter-damaged');
  });

  it('refuse a damaged (garbled) matter', () => {
    const path = join(tempDir(), 'garbled.claimchart');
    const db = createMatterDb(path);
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = (bytes[i]! ^ 0x5a) & 0xff;
    writeFileSync(path, bytes);
    expectRefusal(path, 'matter-damaged');
  });

  it.each([
    ['a trigger', "CREATE TRIGGER evil AFTER INSERT ON excerpts BEGIN DELETE FROM cells; END"],
    ['a view', 'CREATE VIEW everything AS SELECT * FROM documents'],
    ['an extra table', 'CREATE TABLE smuggled (payload BLOB)'],
  ])('refuse a matter carrying %s, without running it', (_what, sql) => {
    const path = join(tempDir(), 'crafted.claimchart');
    const db = createMatterDb(path);
    db.exec(sql);
    db.pragma('journal_mode = DELETE');
    db.close();
    expect(expectRefusal(path, 'matter-foreign-schema').message).toMatch(/did not create/);
  });

  it.each([
    ['an index of ours redefined', 'DROP INDEX cells_limitation; CREATE INDEX cells_limitation ON cells(internal_note)'],
    [
      'a trigger named like SQLite’s own, written into sqlite_schema',
      "PRAGMA writable_schema = ON; INSERT INTO sqlite_schema VALUES ('trigger', 'sqlite_evil', 'excerpts', 0, 'CREATE TRIGGER sqlite_evil AFTER INSERT ON excerpts BEGIN DELETE FROM cells; END'); PRAGMA writable_schema = OFF",
    ],
  ])('refuse a matter carrying %s', (_what, sql) => {
    const path = join(tempDir(), 'crafted.claimchart');
    const db = createMatterDb(path);
    db.unsafeMode(true); // lifts SQLite's defensive mode, as a crafted file's author would
    db.exec(sql);
    db.pragma('journal_mode = DELETE');
    db.close();
    expect(expectRefusal(path, 'matter-foreign-schema').message).toMatch(/did not create/);
  });

  it.each(migrations.filter((m) => m.version < latestSchemaVersion).map((m) => m.version))(
    'refuse a matter at the older schema %i carrying a trigger, before backing it up or migrating it',
    (version) => {
      const path = join(tempDir(), 'old-crafted.claimchart');
      makeFileAtVersion(path, version);
      const db = new Database(path);
      db.exec('CREATE TRIGGER evil AFTER INSERT ON matter BEGIN DELETE FROM patents; END');
      db.close();
      // expectRefusal also checks that no backup file appeared beside it.
      expect(expectRefusal(path, 'matter-foreign-schema').message).toMatch(/trigger evil/);
    },
  );

  it('report a missing file clearly', () => {
    expect(() => openMatterDb(join(tempDir(), 'nowhere.claimchart'))).toThrow(/No matter file/);
  });
});
