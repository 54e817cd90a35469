import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';
import { textPdf, writeFile } from './fixtures';

// The built command line (npm test builds it first), as a user runs it.
const bin = resolve(__dirname, '../../../bin/claimchart.js');
const tempDir = useTempDirs();

function claimchart(home: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CLAIMCHART_HOME: home } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimchart doc import / search / excerpt add', () => {
  it('imports, searches, finds evidence and adds an excerpt', async () => {
    const dir = tempDir();
    const home = tempDir();
    const matter = join(dir, 'case.claimchart');
    expect(claimchart(home, 'matter', 'create', matter, '--name', 'Case').code).toBe(0);
    const manual = writeFile(
      dir,
      'manual.pdf',
      await textPdf(
        [
          'Rack installation: attach the rails to the chassis.',
          'The baseboard management controller monitors each fan tachometer and raises an alert when a fan fails.',
        ],
        { title: 'KR2280 User Manual' },
      ),
    );
    const notes = writeFile(dir, 'notes.pdf', 'plain text');

    const imported = claimchart(home, 'doc', 'import', matter, manual, notes, '--bates-prefix', 'AIVRES_', '--json');
    expect(imported.code).toBe(1);
    const lines = imported.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { status: 'imported', path: manual, documentId: 1, title: 'KR2280 User Manual', pageCount: 2, hasText: true, warnings: [] },
      { status: 'refused', path: notes, code: 'not-a-pdf', message: expect.stringMatching(/not a PDF/) },
    ]);

    const withBates = writeFile(dir, 'produced.pdf', await textPdf(['Produced page one about the tachometer.', 'Produced page two.']));
    const second = claimchart(home, 'doc', 'import', matter, withBates, '--bates-prefix', 'INSP_', '--bates-start', '500', '--type', 'produced', '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ status: 'imported', documentId: 2 });

    const search = claimchart(home, 'search', matter, 'tachometer', '--limit', '5', '--json');
    expect(search.code).toBe(0);
    const found = JSON.parse(search.stdout) as { results: { documentId: number; page: number; cite: string; bates: string | null; score: number; snippet: { text: string; hits: [number, number][] } }[] };
    expect(found.results.map((r) => [r.documentId, r.page, r.cite, r.bates])).toEqual(
      expect.arrayContaining([
        [1, 2, 'KR2280 User Manual at 2', null],
        [2, 1, 'produced at INSP_0000500', 'INSP_0000500'],
      ]),
    );
    for (const r of found.results) {
      expect(typeof r.score).toBe('number');
      expect(r.snippet.hits.map(([s, e]) => r.snippet.text.slice(s, e).toLowerCase())).toContain('tachometer');
    }

    const like = claimchart(home, 'search', matter, '--like', 'wherein the management controller is configured to generate an alert upon fan failure', '--limit', '1', '--json');
    expect(like.code).toBe(0);
    expect(JSON.parse(like.stdout).results).toMatchObject([{ documentId: 1, page: 2 }]);

    const human = claimchart(home, 'search', matter, 'rails');
    expect(human.stdout).toContain('KR2280 User Manual at 1');
    expect(human.stdout).toContain('[rails]');

    const added = claimchart(home, 'excerpt', 'add', matter, '--doc', '1', '--page', '2', '--quote', 'raises an alert when a fan fails', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ documentId: 1, page: 2, quote: 'raises an alert when a fan fails', cite: 'KR2280 User Manual at 2', kind: 'text' });
    expect(JSON.parse(added.stdout).rects.length).toBeGreaterThan(0);

    const missing = claimchart(home, 'excerpt', 'add', matter, '--doc', '1', '--page', '1', '--quote', 'raises an alert', '--json');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/The quote is not on page 1 of "KR2280 User Manual"/);

    const unknownProduct = claimchart(home, 'doc', 'import', matter, manual, '--product', 'Nope', '--json');
    expect(unknownProduct.code).toBe(2);
    expect(unknownProduct.stderr).toMatch(/no product named "Nope"/);

    const neither = claimchart(home, 'search', matter);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/either QUERY or --like/);
  });
});
