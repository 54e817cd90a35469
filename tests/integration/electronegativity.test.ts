import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * @doyensec/electronegativity over the shell's sources and the built renderer, scanned together so its
 * global checks see both (the CSP lives in the renderer's index.html, navigation limits in main.ts). Every
 * finding must be fixed or justified in docs/SECURITY.md's "Electronegativity findings" table.
 */
const root = resolve(__dirname, '../..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version as string;

function justifiedChecks(): Set<string> {
  const doc = readFileSync(join(root, 'docs/SECURITY.md'), 'utf8');
  const section = doc.split('## Electronegativity findings')[1]?.split('\n## ')[0] ?? '';
  return new Set([...section.matchAll(/^\|\s*`?([A-Z_]+_CHECK)`?\s*\|/gm)].map((m) => m[1]!));
}

describe('electronegativity', () => {
  it('finds nothing that is not fixed or justified in docs/SECURITY.md', () => {
    const scan = mkdtempSync(join(tmpdir(), 'claimchart-electronegativity-'));
    try {
      cpSync(join(root, 'electron'), join(scan, 'electron'), { recursive: true });
      cpSync(join(root, 'dist/renderer'), join(scan, 'renderer'), { recursive: true });
      cpSync(join(root, 'package.json'), join(scan, 'package.json'));
      const report = join(scan, 'report.csv');
      const run = spawnSync(
        process.execPath,
        [join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', scan, '-r', '-v', 'false', '-e', electronVersion, '-o', report],
        { encoding: 'utf8', timeout: 240_000 },
      );
      expect(run.status).toBe(0);
      // Not read as RFC 4180: the tool wraps long samples inside quoted fields and leaves the quotes inside them
      // unescaped (index.html's CSP meta tag has some), so where a field ends depends on where a sample is cut,
      // which moves with the checkout's path. A record begins on a line of its own with NAME_CHECK and its (quoted) severity.
      const text = readFileSync(report, 'utf8');
      const starts = [...text.matchAll(/^([A-Z_]+_CHECK),"?(INFORMATIONAL|LOW|MEDIUM|HIGH|CRITICAL)"?,/gm)];
      const findings = starts.map((m, i) => ({ check: m[1]!, severity: m[2]!, line: text.slice(m.index, starts[i + 1]?.index ?? text.length).trim() }));
      expect(findings.length).toBeGreaterThan(0); // the justified ones (CSP_GLOBAL_CHECK, PRELOAD_JS_CHECK…) are always found
      const justified = justifiedChecks();
      expect(justified.size).toBeGreaterThan(0);
      expect(findings.filter((f) => !justified.has(f.check)).map((f) => f.line)).toEqual([]);
      expect(findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL').map((f) => f.line)).toEqual([]);
    } finally {
      rmSync(scan, { recursive: true, force: true });
    }
  });
});
