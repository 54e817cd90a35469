import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../electron/transport/static-files';

const parent = mkdtempSync(join(tmpdir(), 'claimchart-static-'));
const root = join(parent, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), 'index');
writeFileSync(join(root, 'assets', 'app.js'), 'js');
writeFileSync(join(parent, 'secret.txt'), 'secret');

describe('static file resolution', () => {
  it('finds files inside the folder and falls back to index.html for app routes', () => {
    expect(resolveStaticFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveStaticFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '/patent/3')).toBe(join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/missing.js')).toBeNull();
  });
  it('never leaves the folder', () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt', '/x%00.js', '/%E0%A4%A']) {
      expect(resolveStaticFile(root, path)).toBeNull();
    }
  });
});
