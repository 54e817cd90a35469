/**
 * The case details from the matter overview: "Edit details…" opens the dialog, a new case number is saved
 * to the matter file and shown on the dashboard at once, and a cleared court disappears from it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => app?.close());

describe('matter details', () => {
  it('edits the case number from the overview and shows it', async () => {
    const page = await app.newPage();
    page.setDefaultTimeout(15_000);
    const caseSection = page.getByRole('region', { name: 'Case' });
    await caseSection.getByText('4:24-cv-02220-JST').waitFor();

    await caseSection.getByRole('button', { name: 'Edit details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Case details' });
    expect(await dialog.getByLabel('Case number').inputValue()).toBe('4:24-cv-02220-JST');
    expect(await dialog.getByLabel('Court').inputValue()).toBe('N.D. Cal.');
    await dialog.getByLabel('Case number').fill('5:25-cv-04321-EJD');
    await dialog.getByLabel('Court').fill('');
    await dialog.getByText('“Case No. 5:25-cv-04321-EJD”').waitFor();
    await app.screenshot(page, 'matter-details-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    await caseSection.getByText('5:25-cv-04321-EJD').waitFor();
    expect(await caseSection.getByText('4:24-cv-02220-JST').count()).toBe(0);
    expect(await caseSection.getByText('N.D. Cal.').count()).toBe(0);
    expect(await page.locator('.view-header__subtitle').textContent()).toBe('5:25-cv-04321-EJD');
    await app.screenshot(page, 'matter-details-saved');
    const row = app.ctx.session.current.db.prepare('SELECT court, case_number FROM matter WHERE id = 1').get();
    expect(row).toEqual({ court: null, case_number: '5:25-cv-04321-EJD' });
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
