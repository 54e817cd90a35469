/**
 * Files the browser hands over in browser mode (a browser page has no file paths): each upload is written
 * to a private temporary folder and named by a random id, which import methods then accept as a path.
 * In Electron the renderer has real paths (webUtils.getPathForFile) and never uploads.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

export class UploadStore {
  private readonly dir = mkdtempSync(join(tmpdir(), 'claimchart-uploads-'));

  /** Stores the bytes under their original file name (sanitized) and returns the path to import from. */
  put(fileName: string, bytes: Uint8Array): string {
    const safeName = basename(fileName).replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200) || 'upload';
    const folder = join(this.dir, randomUUID());
    mkdirSync(folder, { mode: 0o700 });
    const path = join(folder, safeName);
    writeFileSync(path, bytes, { mode: 0o600 });
    return path;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
