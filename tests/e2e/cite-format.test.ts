/**
 * The matter's citation format from the overview: "Citation format…" previews the cites a template gives,
 * refuses a template without its Bates number, saves, and every excerpt's cite follows at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './harness';
import { importKr2280Manual, type ImportedManual } from './manual-fixture';

const QUOTE = 'The management controller reports the power consumption of every node.';

let app: E2eApp;
let manual: ImportedManual;
let excerptId: number;
beforeAll(async () => {
  app = await startE2eApp();
  manual = await importKr2280Manual(app, ['Cover page', `Power\n${QUOTE}`], { batesPrefix: 'AIVRES_', batesStart: 1233 });
  excerptId = (await manual.call('excerpt.create', { kind: 'text', documentId: manual.documentId, page: 2, quote: QUOTE })).id;
});
afterAll(async () => {
  await app?.close();
  manual?.dispose();
});

describe('citation format', () => {
  it('previews, refuses a template without its Bates number, saves, and the excerpts follow', async () => {
    const page = await app.newPage();
    page.setDefaultTimeout(15_000);
    await page.getByRole('region', { name: 'Case' }).getByRole('button', { name: 'Citation format…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Citation format' });
    const withBates = dialog.getByLabel('Pages with a Bates number');
    expect(await withBates.inputValue()).toBe('{short} at {bates}');
    await dialog.getByText('KR2280 Manual at AIVRES_0001234').waitFor();

    await withBates.fill('{short} at');
    await dialog.getByText('The template must contain {bates}.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);

    await withBates.fill('{bates}');
    await dialog.getByLabel('Pages without one').fill('{short}, p. {page}');
    await dialog.getByLabel('Bates digits').fill('6');
    await dialog.getByLabel('Bates digits').press('Tab');
    await dialog.getByText('AIVRES_001234').waitFor();
    await dialog.getByText('KR2280 Manual, p. 2-7').waitFor();
    await app.screenshot(page, 'cite-format-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    const stored = app.ctx.session.current.db.prepare('SELECT cite_format FROM matter WHERE id = 1').pluck().get() as string;
    expect(JSON.parse(stored)).toEqual({ batesWidth: 6, withBates: '{bates}', withoutBates: '{short}, p. {page}' });
    // The excerpt on page 2 of a document numbered from AIVRES_1233 is cited by its Bates number alone now.
    await page.getByRole('link', { name: 'All excerpts' }).click();
    const card = page.locator(`[data-excerpt-id="${excerptId}"]`);
    await card.getByText('AIVRES_001234', { exact: true }).waitFor();
    await app.screenshot(page, 'cite-format-excerpts');
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
