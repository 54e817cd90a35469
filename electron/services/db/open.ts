/**
 * Opening and creating matter files ("SQLite as an application file format").
 *
 * A file is inspected through a read-only connection before anything writes to it, so a file that is not a
 * matter, comes from a newer version, is damaged or carries foreign schema objects is refused and left
 * byte-for-byte as it was (no -wal or -shm files appear beside it either).
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { applyMigration, latestSchemaVersion, migrations } from './migrations';

/** 'CCHT': marks a SQLite file as a ClaimChart matter (PRAGMA application_id). */
export const APPLICATION_ID = 0x43434854;
export const MATTER_EXTENSION = '.claimchart';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open for reading only (a second instance, a read-only file). */
  readonly readOnly?: boolean;
  /** Where to write the pre-migration backup; defaults to `<file>.v<old>.bak`. */
  readonly backupPath?: (fromVersion: number) => string;
  /** Path to the better-sqlite3 native binding (Electron's ABI build). */
  readonly nativeBinding?: string;
}

const SQLITE_HEADER = 'SQLite format 3\0';

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.toString('latin1', 0, read);
  } finally {
    closeSync(fd);
  }
}

function describeSqliteFailure(path: string, error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  if (/malformed|corrupt|not a database/i.test(message)) {
    return new AppError('matter-damaged', `The matter file ${path} is damaged and cannot be opened (${message}).`);
  }
  if (/readonly database/i.test(message)) {
    // A file left in WAL mode (a session that did not close) needs its side files written even to be read.
    return new AppError(
      'read-only',
      `The matter file ${path} is on a read-only disk or folder and was not closed cleanly, so it cannot be read there. Copy it (with its -wal file, if any) to a writable folder and open the copy.`,
    );
  }
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)) {
    return new AppError('internal', 'The SQLite engine was built for another runtime; run `npm ci` again or restart the app to rebuild it.');
  }
  return new AppError('matter-damaged', `The matter file ${path} could not be read: ${message}`);
}

interface SchemaObject {
  readonly type: string;
  readonly name: string;
  readonly sql: string | null;
}

/**
 * Every schema object of a file, SQLite's own included: a name starting with "sqlite_" is no proof of
 * innocence, since a crafted file can write any row into sqlite_schema. Only the statistics tables that
 * ANALYZE makes are left out: they hold figures, never code.
 */
function schemaObjects(db: Db): SchemaObject[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4'))")
    .all() as SchemaObject[];
}

const schemaKey = (o: SchemaObject) => `${o.type}\u0000${o.name}\u0000${o.sql ?? ''}`;

/** The objects, with their SQL, that this app's migrations up to `version` create: a file at that version holds these and nothing else. */
const expectedSchemas = new Map<number, Set<string>>();
function expectedSchemaAt(version: number, nativeBinding: string | undefined): Set<string> {
  let expected = expectedSchemas.get(version);
  if (!expected) {
    const probe = new Database(':memory:', { nativeBinding });
    try {
      for (const step of migrations.filter((m) => m.version <= version)) applyMigration(probe, step);
      expected = new Set(schemaObjects(probe).map(schemaKey));
    } finally {
      probe.close();
    }
    expectedSchemas.set(version, expected);
  }
  return expected;
}

/** Checks a file through a read-only connection. Returns its schema version. Throws AppError and writes nothing. */
export function inspectMatterFile(path: string, nativeBinding?: string): number {
  if (!existsSync(path)) throw new AppError('not-found', `No matter file at ${path}.`);
  if (readHeader(path) !== SQLITE_HEADER) {
    throw new AppError('not-a-matter', `${path} is not a ClaimChart matter (it is not a SQLite database).`);
  }
  let db: Db | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    db.pragma('trusted_schema = OFF');
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== APPLICATION_ID) {
      throw new AppError('not-a-matter', `${path} is a SQLite database but not a ClaimChart matter.`);
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestSchemaVersion) {
      throw new AppError(
        'matter-too-new',
        `${path} was saved by a newer version of ClaimChart (schema ${version}; this version reads up to ${latestSchemaVersion}). Update ClaimChart to open it.`,
      );
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new AppError('matter-damaged', `The matter file ${path} is damaged: ${check}.`);
    // At every version, before any backup or migration touches the file.
    assertOnlyOurSchema(db, path, expectedSchemaAt(version, nativeBinding));
    return version;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw describeSqliteFailure(path, error);
  } finally {
    db?.close();
  }
}

function assertOnlyOurSchema(db: Db, path: string, expected: Set<string>): void {
  const foreign = schemaObjects(db).filter((o) => !expected.has(schemaKey(o)));
  if (foreign.length > 0) {
    const list = foreign.map((o) => `${o.type} ${o.name}`).join(', ');
    throw new AppError(
      'matter-foreign-schema',
      `${path} contains objects ClaimChart did not create (${list}); it was refused so that nothing in it runs.`,
    );
  }
}

function applyConnectionPragmas(db: Db, readOnly: boolean): void {
  // trusted_schema first: nothing stored in the file may run SQL functions with side effects.
  db.pragma('trusted_schema = OFF');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  if (!readOnly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
}

function migrate(db: Db, fromVersion: number): void {
  const pending = migrations.filter((m) => m.version > fromVersion);
  if (pending.length === 0) return;
  // All pending steps in one transaction: a failure leaves the file at its old version.
  db.transaction(() => {
    for (const step of pending) applyMigration(db, step);
    db.pragma(`user_version = ${latestSchemaVersion}`);
  }).immediate();
}

/** Opens an existing matter, migrating it (after a backup) when it is from an older schema. */
export function openMatterDb(path: string, options: OpenOptions = {}): Db {
  const version = inspectMatterFile(path, options.nativeBinding);
  const readOnly = options.readOnly ?? false;
  if (version < latestSchemaVersion && readOnly) {
    throw new AppError('read-only', `${path} needs upgrading to this version's format, which cannot be done read-only.`);
  }
  let db: Db;
  try {
    db = new Database(path, { readonly: readOnly, fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw describeSqliteFailure(path, error);
  }
  try {
    applyConnectionPragmas(db, readOnly);
    if (version < latestSchemaVersion) {
      const backup = options.backupPath?.(version) ?? `${path}.v${version}.bak`;
      db.exec(`VACUUM INTO ${quoteSqlString(backup)}`);
      migrate(db, version);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw describeSqliteFailure(path, error);
  }
}

/** Creates a new, empty matter file. Refuses to overwrite anything. */
export function createMatterDb(path: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Db {
  if (existsSync(path)) throw new AppError('matter-exists', `A file already exists at ${path}.`);
  const db = new Database(path, { nativeBinding: options.nativeBinding });
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    applyConnectionPragmas(db, false);
    migrate(db, 0);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function quoteSqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
