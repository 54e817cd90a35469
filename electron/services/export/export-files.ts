/**
 * Where export files go and how a browser gets them. The renderer in browser mode cannot choose a path on
 * disk, so an export without one is written under the user data folder's Exports/ and served from
 * `/binary/export/<id>`. The exports table keeps no path, so the files this process wrote are remembered
 * per matter connection: a download is offered right after the export, within the session.
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/open';

interface WrittenExport {
  readonly path: string;
  readonly mediaType: string;
}

const written = new WeakMap<Db, Map<number, WrittenExport>>();

export function defaultExportPath(dataDir: string, chartTitle: string, exportId: number, extension: string): string {
  const name = chartTitle
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[-. ]+|[-. ]+$/g, '')
    .slice(0, 80);
  return join(dataDir, 'Exports', `${name || 'chart'} (export ${exportId}).${extension}`);
}

/** Writes beside the target and renames, so a reader never sees half a file. */
export function writeExportFile(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.part`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
}

export function rememberExportFile(db: Db, exportId: number, file: WrittenExport): void {
  let files = written.get(db);
  if (!files) written.set(db, (files = new Map()));
  files.set(exportId, file);
}

export function readExportFile(db: Db, exportId: number): { bytes: Uint8Array; mediaType: string } {
  const file = written.get(db)?.get(exportId);
  if (!file) throw new AppError('not-found', 'That export is not available for download any more; export again.');
  try {
    return { bytes: readFileSync(file.path), mediaType: file.mediaType };
  } catch {
    throw new AppError('not-found', `The exported file ${file.path} is gone; export again.`);
  }
}
