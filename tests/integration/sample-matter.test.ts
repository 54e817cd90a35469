import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleMatterPath } from '../../electron/services/matter/sample-matter';
import { createTestApp, type TestApp } from '../helpers/test-app';

// The sample matter's source, as bundled into the app (a copy of ../shared/data/hpe-v-inspur/matter.json).
const bundled = JSON.parse(readFileSync(resolve(__dirname, '../../electron/assets/hpe-v-inspur.json'), 'utf8'));

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.dispose());

describe('the sample matter', () => {
  it('is created in the user data folder on first run and opened', async () => {
    const current = await app.call('matter.current', {});
    expect(current.path).toBe(sampleMatterPath(app.dataDir));
    expect(current).toMatchObject({
      name: bundled.matter.name,
      caseNumber: '4:24-cv-02220-JST',
      court: 'N.D. Cal.',
      defendants: bundled.matter.defendants,
    });
  });

  it('holds the five asserted patents, each marked as having incomplete claims', async () => {
    const { patents } = await app.call('matter.overview', {});
    expect(patents.map((p) => p.number).sort()).toEqual(['US 7,634,671', 'US 8,108,508', 'US 8,218,566', 'US 8,335,891', 'US 9,229,737']);
    for (const patent of patents) {
      const source = bundled.patents.find((p: { number: string }) => p.number === patent.number);
      expect(patent.claimsComplete).toBe(false);
      expect(patent.title).toBe(source.title);
      expect(patent.importedClaimCount).toBe(source.claims.length);
      expect(patent.expectedClaimCount).toBe(source.claimCount ?? null);
    }
  });

  it('keeps every verified claim verbatim, split into limitations that reproduce it', async () => {
    const { patents } = await app.call('matter.overview', {});
    for (const summary of patents) {
      const patent = await app.call('patent.get', { id: summary.id });
      const source = bundled.patents.find((p: { number: string }) => p.number === patent.number);
      expect(patent.claims.map((c) => `${c.number}. ${c.text}`)).toEqual(source.claims);
      for (const claim of patent.claims) {
        expect(claim.limitations.length).toBeGreaterThan(0);
        const joined = claim.limitations.map((l) => l.text).join(' ').replace(/\s+/g, ' ');
        expect(joined).toBe(claim.text.replace(/\s+/g, ' '));
      }
    }
  });

  it('has the accused products with their "same as" families', async () => {
    const { products } = await app.call('matter.overview', {});
    expect(products).toHaveLength(6);
    const byName = new Map(products.map((p) => [p.name, p]));
    expect(byName.get('Aivres KR2280-X1')!.sameAsId).toBe(byName.get('Inspur NF5280M5')!.id);
    expect(byName.get('KAYTUS KR2280V2')!.sameAsId).toBe(byName.get('Aivres KR2280-X2')!.id);
    expect(byName.get('Inspur IR5280M6')!.sameAsId).toBe(byName.get('Aivres 5280M6')!.id);
    expect(byName.get('Aivres 5280M6')!.sameAsId).toBeNull();
  });

  it('is reopened, not recreated, on the next start', async () => {
    const { createAppContext, openInitialMatter } = await import('../../electron/services/app-context');
    const ctx = createAppContext({ dataDir: app.dataDir, transport: 'in-process' });
    openInitialMatter(ctx);
    expect(ctx.session.summary().path).toBe(sampleMatterPath(app.dataDir));
    ctx.session.close();
  });
});
