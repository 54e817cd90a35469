import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
  // The backup made as the matter opened.
  await app.ctx.backups.idle();
});
afterAll(async () => app?.close());

const added = 'Backup Test Server 9000';

function productCount(name: string): number {
  const row = app.ctx.session.current.db.prepare('SELECT count(*) AS n FROM products WHERE name = ?').get(name) as { n: number };
  return row.n;
}

async function openBackups(page: Page) {
  await page.getByRole('contentinfo').getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups of this matter' });
  await dialog.getByRole('table').waitFor();
  return dialog;
}

async function restoreRow(page: Page, row: number) {
  const dialog = page.getByRole('dialog', { name: 'Backups of this matter' });
  await dialog.getByRole('row').nth(row + 1).getByRole('button', { name: /^Restore the backup from/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Restore this backup?' });
  await confirm.getByText('The whole matter is replaced by the backup made').waitFor();
  await confirm.getByText('The matter as it is now is backed up first').waitFor();
  return confirm;
}

describe('backups', () => {
  it('lists the matter’s backups and restores one, which undoes a later change', async () => {
    const page = await app.newPage();
    const sidebar = page.getByRole('navigation');
    await sidebar.getByText('Aivres KR2280-X2').first().waitFor();

    // A change after the backup made on open.
    await page.getByRole('button', { name: 'Add product…' }).click();
    const addProduct = page.getByRole('dialog', { name: 'Add an accused product' });
    await addProduct.getByLabel('Product name').fill(added);
    await addProduct.getByRole('button', { name: 'Add product' }).click();
    await addProduct.waitFor({ state: 'detached' });
    await sidebar.getByText(added).first().click();
    await page.getByRole('heading', { level: 2, name: added }).waitFor();
    expect(productCount(added)).toBe(1);

    const dialog = await openBackups(page);
    const rows = dialog.getByRole('row');
    expect(await rows.count()).toBe(2); // the header and the backup made on open
    expect(await rows.nth(1).innerText()).toMatch(/newest[\s\S]*(KB|MB)/);
    await app.screenshot(page, 'backups-dialog');

    const confirm = await restoreRow(page, 0);
    await app.screenshot(page, 'backups-confirm-restore');
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await dialog.waitFor({ state: 'detached' });

    // The matter reloads without the product added after the backup, on its overview: the product's view
    // named a product the restored file does not hold.
    await sidebar.getByText(added).waitFor({ state: 'detached' });
    await page.getByText('Matter overview', { exact: true }).and(page.locator('.view-header__eyebrow')).waitFor();
    await page.getByRole('status').getByText(/^Restored the backup from/).waitFor();
    expect(productCount(added)).toBe(0);
    await app.screenshot(page, 'backups-restored');

    // The state before the restore was kept as the newest backup: restoring it brings the product back.
    const again = await openBackups(page);
    expect(await again.getByRole('row').count()).toBe(3);
    await app.screenshot(page, 'backups-after-restore');
    const undo = await restoreRow(page, 0);
    await undo.getByRole('button', { name: 'Restore', exact: true }).click();
    await again.waitFor({ state: 'detached' });
    await sidebar.getByText(added).first().waitFor();
    expect(productCount(added)).toBe(1);
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
