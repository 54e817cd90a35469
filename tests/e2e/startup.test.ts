import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './harness';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => app?.close());

const samplePatents = [
  { number: 'US 8,218,566', title: null },
  { number: 'US 7,634,671', title: 'Determining power consumption in IT networks' },
  { number: 'US 9,229,737', title: 'Method and System of Emulating Devices Across Selected Communication Pathways Through a Terminal Session' },
  { number: 'US 8,335,891', title: 'Method and system for configuring a storage array' },
  { number: 'US 8,108,508', title: 'Web server chip for network manageability' },
];

describe('first start', () => {
  it('opens on the sample matter with the five asserted patents listed', async () => {
    const page = await app.newPage();
    await page.getByRole('heading', { name: /Hewlett Packard Enterprise Co\. v\. Inspur/ }).first().waitFor();
    const sidebar = page.getByRole('navigation');
    for (const patent of samplePatents) {
      await expect(sidebar.getByText(patent.number, { exact: false }).first().isVisible()).resolves.toBe(true);
      if (patent.title) await expect(sidebar.getByText(patent.title).first().isVisible()).resolves.toBe(true);
    }
    const shot = await app.screenshot(page, 'startup-sample-matter');
    expect(existsSync(shot)).toBe(true);
  });

  it('shows that the sample patents’ claims are incomplete', async () => {
    const page = await app.newPage();
    await page.getByText('US 7,634,671').first().waitFor();
    expect(await page.getByText(/incomplete/i).count()).toBeGreaterThanOrEqual(5);
  });

  it('adds an accused product into an existing family', async () => {
    const page = await app.newPage();
    await page.getByRole('button', { name: 'Add product…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an accused product' });
    await dialog.getByLabel('Product name').fill('Aivres KR2280-X2 (EU)');
    await dialog.getByLabel('Same product as (a rebranding)').selectOption({ label: 'Aivres KR2280-X2' });
    await dialog.getByRole('button', { name: 'Add product' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('navigation').getByText('Aivres KR2280-X2 (EU)').first().waitFor();
    const overview = await app.ctx.session.current.db.prepare("SELECT p.name, s.name AS same FROM products p JOIN products s ON s.id = p.same_as_id WHERE p.name = 'Aivres KR2280-X2 (EU)'").get();
    expect(overview).toEqual({ name: 'Aivres KR2280-X2 (EU)', same: 'Aivres KR2280-X2' });
  });

  it('is readable at 200% zoom: nothing runs off the side, the sidebar folds away and comes back on demand', async () => {
    // 200% of a 1440 × 900 window: half the CSS pixels, each drawn twice as large.
    const page = await app.newPage({ width: 720, height: 450, deviceScaleFactor: 2 });
    await page.getByRole('heading', { name: /Hewlett Packard Enterprise Co\. v\. Inspur/ }).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await app.screenshot(page, 'startup-zoom-200');
    await page.getByRole('button', { name: 'Show sidebar' }).click();
    await page.getByRole('navigation').getByText('US 7,634,671').first().click();
    await page.getByRole('heading', { name: 'US 7,634,671 B2' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await app.screenshot(page, 'startup-zoom-200-patent');
  });

  it('can be worked from the keyboard: Tab reaches the sidebar, Enter opens a patent, focus is visible', async () => {
    const page = await app.newPage();
    await page.getByRole('heading', { name: /Hewlett Packard Enterprise Co\. v\. Inspur/ }).first().waitFor();
    let reached = false;
    for (let presses = 0; presses < 40 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.textContent ?? '').includes('US 7,634,671'));
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|0px$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'US 7,634,671 B2' }).waitFor();
    await app.screenshot(page, 'startup-keyboard');
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
