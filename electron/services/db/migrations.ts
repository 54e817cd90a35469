/**
 * The matter file's schema, as an ordered list of migrations keyed on `PRAGMA user_version`.
 *
 * Rules (see docs/ARCHITECTURE.md, "Matter file"):
 * - Every table is STRICT. There are no triggers and no views: the application maintains derived data
 *   (the FTS index) itself, in the same transaction as the write, so a file that arrives with a trigger
 *   or a view is foreign and is refused on open (see open.ts).
 * - A migration is appended, never edited, once it has shipped.
 */
import { writeChunks } from './blob-store';
import type { Db } from './open';
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
  /**
   * Runs after `sql`, in the same transaction: moves data that SQL alone would move too slowly. It may
   * alter or drop columns but creates no table or index (open.ts learns the schema's names from `sql`).
   */
  readonly data?: (db: Db) => void;
}

export function applyMigration(db: Db, migration: Migration): void {
  db.exec(migration.sql);
  migration.data?.(db);
}

const domainSchema = /* sql */ `
CREATE TABLE matter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  court TEXT,
  case_number TEXT,
  filed_on TEXT,
  plaintiff TEXT,
  defendants TEXT NOT NULL DEFAULT '[]',
  label_scheme TEXT NOT NULL DEFAULT 'bracket',
  cite_format TEXT NOT NULL DEFAULT 'default',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE patents (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  kind TEXT,
  title TEXT,
  application_number TEXT,
  priority_date TEXT,
  filing_date TEXT,
  issue_date TEXT,
  inventors TEXT NOT NULL DEFAULT '[]',
  assignee TEXT,
  abstract TEXT,
  claims_complete INTEGER NOT NULL DEFAULT 0 CHECK (claims_complete IN (0, 1)),
  expected_claim_count INTEGER,
  note TEXT,
  sources TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  patent_id INTEGER NOT NULL REFERENCES patents(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'canceled', 'withdrawn')),
  category TEXT NOT NULL,
  depends_on TEXT NOT NULL DEFAULT '[]',
  depends_on_any_preceding INTEGER NOT NULL DEFAULT 0,
  means_plus_function INTEGER NOT NULL DEFAULT 0,
  preamble_limiting INTEGER NOT NULL DEFAULT 1,
  warnings TEXT NOT NULL DEFAULT '[]',
  UNIQUE (patent_id, number)
) STRICT;

-- A limitation's id is its identity: chart cells point at it, and labels are derived from its position.
CREATE TABLE limitations (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('preamble', 'element')),
  depth INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  label_override TEXT,
  means_plus_function_terms TEXT NOT NULL DEFAULT '[]',
  UNIQUE (claim_id, position)
) STRICT;

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  maker TEXT,
  note TEXT,
  same_as_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
  identity_excerpt_id INTEGER REFERENCES excerpts(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX products_same_as ON products(same_as_id);

-- Content-addressed bytes: every PDF and every region image is stored once, keyed by its SHA-256.
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  blob_sha256 TEXT NOT NULL UNIQUE REFERENCES blobs(sha256),
  file_name TEXT NOT NULL,
  title TEXT NOT NULL,
  short_name TEXT NOT NULL,
  doc_type TEXT NOT NULL DEFAULT 'other'
    CHECK (doc_type IN ('manual', 'datasheet', 'web-printout', 'produced', 'patent', 'other')),
  bates_prefix TEXT,
  bates_start INTEGER,
  confidentiality TEXT,
  source_url TEXT,
  accessed_on TEXT,
  page_count INTEGER NOT NULL,
  has_text INTEGER NOT NULL DEFAULT 1,
  imported_at TEXT NOT NULL
) STRICT;

CREATE TABLE document_products (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, product_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX document_products_product ON document_products(product_id);

CREATE TABLE pages (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page_number INTEGER NOT NULL,
  label TEXT,
  width REAL NOT NULL,
  height REAL NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (document_id, page_number)
) STRICT;

-- External-content index over pages.text, kept in step by the repository code (no triggers).
CREATE VIRTUAL TABLE pages_fts USING fts5(
  text, content = 'pages', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE excerpts (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  page_number INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('text', 'region')),
  quote TEXT NOT NULL,
  rects TEXT NOT NULL DEFAULT '[]',
  image_sha256 TEXT REFERENCES blobs(sha256),
  note TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  sort_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX excerpts_document ON excerpts(document_id, sort_key);

CREATE TABLE charts (
  id INTEGER PRIMARY KEY,
  patent_id INTEGER NOT NULL REFERENCES patents(id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('infringement', 'invalidity')),
  product_id INTEGER REFERENCES products(id) ON DELETE RESTRICT,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((kind = 'infringement') = (product_id IS NOT NULL))
) STRICT;
CREATE INDEX charts_patent ON charts(patent_id);
CREATE INDEX charts_product ON charts(product_id);

CREATE TABLE chart_claims (
  chart_id INTEGER NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE RESTRICT,
  PRIMARY KEY (chart_id, claim_id)
) STRICT, WITHOUT ROWID;

-- Prior-art references of an invalidity chart.
CREATE TABLE chart_references (
  chart_id INTEGER NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  PRIMARY KEY (chart_id, document_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE cells (
  id INTEGER PRIMARY KEY,
  chart_id INTEGER NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
  limitation_id INTEGER NOT NULL REFERENCES limitations(id) ON DELETE RESTRICT,
  status TEXT NOT NULL DEFAULT 'needs-evidence'
    CHECK (status IN ('literal', 'literal-construction', 'equivalents', 'partial', 'not-met', 'needs-evidence')),
  content TEXT NOT NULL DEFAULT '[]',
  equivalents TEXT,
  internal_note TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (chart_id, limitation_id)
) STRICT;
CREATE INDEX cells_limitation ON cells(limitation_id);

-- Which excerpts a cell cites, kept in step with the cell's content so "where is this excerpt used" is a lookup.
CREATE TABLE cell_citations (
  cell_id INTEGER NOT NULL REFERENCES cells(id) ON DELETE CASCADE,
  excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE RESTRICT,
  PRIMARY KEY (cell_id, excerpt_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX cell_citations_excerpt ON cell_citations(excerpt_id);

CREATE TABLE chart_versions (
  id INTEGER PRIMARY KEY,
  chart_id INTEGER NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  snapshot TEXT NOT NULL
) STRICT;
CREATE INDEX chart_versions_chart ON chart_versions(chart_id, created_at);

-- Every export and its quote verification, including a user's override of a failed verification.
CREATE TABLE exports (
  id INTEGER PRIMARY KEY,
  chart_id INTEGER NOT NULL REFERENCES charts(id) ON DELETE CASCADE,
  format TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  verification TEXT NOT NULL,
  override_reason TEXT
) STRICT;
`;

/** Stored bytes in chunks, so a byte range reads only what it covers (db/blob-store.ts). */
const chunkedBlobs = /* sql */ `
CREATE TABLE blob_chunks (
  sha256 TEXT NOT NULL REFERENCES blobs(sha256) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 0),
  bytes BLOB NOT NULL,
  PRIMARY KEY (sha256, seq)
) STRICT;
`;

/**
 * One blob at a time: chunking in SQL (substr per chunk) would read each whole blob once per chunk. The
 * read is prepared per blob because its column is gone once this step ends.
 */
function moveBlobsIntoChunks(db: Db): void {
  const shas = db.prepare('SELECT sha256 FROM blobs').pluck().all() as string[];
  for (const sha256 of shas) writeChunks(db, sha256, db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?').pluck().get(sha256) as Buffer);
  db.exec('ALTER TABLE blobs DROP COLUMN bytes');
}

export const migrations: readonly Migration[] = [
  { version: 1, description: 'the whole domain: matter, patents, claims, limitations, products, documents, pages + FTS5, excerpts, charts, cells, versions, exports', sql: domainSchema },
  { version: 2, description: 'stored files in chunks of 256 KiB', sql: chunkedBlobs, data: moveBlobsIntoChunks },
];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
