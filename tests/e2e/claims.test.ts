import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './harness';

// A claim set written for this test, for a fictional patent: nothing here is any real patent's claim text.
// Claim 3 is pasted the way the parser leaves its sub-item (i) inside the first limitation, to be split by hand.
const fictionalNumber = 'US 1,234,567';
const fictionalClaims = `What is claimed is:
1. A method of balancing power among servers in a rack, comprising:
receiving, at a management controller, a power reading from each server of the rack;
computing a power budget for each server based on the power readings and a rack limit; and
sending each server its power budget over a management network.
2. The method of claim 1, wherein the power reading is sampled once per second.
3. The method of claim 1, wherein computing the power budget comprises:
(i) ranking the servers by priority; and
(ii) assigning unused budget to the highest-ranked server first.
4. The method of claim 3, further comprising logging each power budget sent.
5. A system for balancing power among servers in a rack, comprising:
a management controller coupled to each server over a management network; and
means for computing a power budget for each server from its power reading and a rack limit.
6. The system of claim 5, wherein the management controller is a baseboard management controller.
7. The system of claim 5, wherein the rack limit is set by an operator.`;

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startE2eApp();
  page = await app.newPage();
});
afterAll(async () => app?.close());

const limitation = (label: string) => page.getByRole('textbox', { name: `Limitation ${label}`, exact: true });
const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

/** Puts the caret in a limitation's text just before `before`, as a click there would. */
async function placeCaret(field: Locator, before: string): Promise<void> {
  const offset = (await field.inputValue()).indexOf(before);
  expect(offset).toBeGreaterThan(0);
  await field.click();
  await field.evaluate((element: HTMLTextAreaElement, at) => element.setSelectionRange(at, at), offset);
}

describe('claims: import and split editing', () => {
  it('refuses pasted claims whose number is not the target patent’s, inside the dialog', async () => {
    await page.getByRole('link', { name: 'US 7,634,671' }).click();
    await page.getByRole('heading', { level: 2, name: /US 7,634,671/ }).waitFor();
    await page.getByRole('button', { name: 'Import claims…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Import claims into US 7,634,671' });
    expect(await dialog.getByRole('textbox', { name: 'Patent number' }).inputValue()).toBe('US 7,634,671');
    await dialog.getByRole('textbox', { name: 'Claims' }).fill(fictionalClaims);
    await dialog.getByRole('textbox', { name: 'Patent number' }).fill(fictionalNumber);
    await dialog.getByRole('region', { name: 'Preview' }).getByRole('group', { name: 'Claim 7' }).waitFor();
    await dialog.getByRole('button', { name: /^Import/ }).click();

    await dialog.getByRole('alert').getByText(`The imported claims are from ${fictionalNumber}, not US 7,634,671`).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('adds a patent from pasted claims, previewing the parsed tree first', async () => {
    await page.getByRole('button', { name: 'Add patent…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a patent' });
    await dialog.getByRole('textbox', { name: 'Claims' }).fill(fictionalClaims);
    await dialog.getByRole('textbox', { name: 'Patent number' }).fill(fictionalNumber);

    const preview = dialog.getByRole('region', { name: 'Preview' });
    await preview.getByText('7 claims · 2 independent claims').waitFor();
    // The tree: claim 4 depends on claim 3 and sits in the list beneath it, inside claim 1's.
    const claim1Branch = preview.getByRole('listitem').filter({ has: page.getByRole('group', { name: 'Claim 1' }) });
    expect(await claim1Branch.getByRole('group', { name: 'Claim 4' }).count()).toBe(1);
    expect(await preview.getByRole('group', { name: 'Claim 1' }).getByText('[1pre]').count()).toBe(1);
    expect(await preview.getByRole('group', { name: 'Claim 5' }).getByText('Means-plus-function').count()).toBe(1);
    await app.screenshot(page, 'claims-import-dialog');

    await dialog.getByRole('button', { name: 'Import 7 claims' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: fictionalNumber }).waitFor();
    expect(await limitation('[1a]').inputValue()).toBe('receiving, at a management controller, a power reading from each server of the rack;');
  });

  it('splits a limitation at the cursor with the toolbar, and merges another with the next', async () => {
    await placeCaret(limitation('[3a]'), '(i) ranking');
    await page.getByRole('button', { name: 'Split here' }).click();
    await limitation('[3c]').waitFor();
    expect(await limitation('[3a]').inputValue()).toBe('The method of claim 1, wherein computing the power budget comprises:');
    expect(await limitation('[3b]').inputValue()).toBe('(i) ranking the servers by priority; and');
    // The caret waits at the start of the second part, to split it again.
    expect(await focusedName()).toBe('Limitation [3b]');

    await limitation('[1b]').click();
    await page.getByRole('button', { name: 'Merge with next' }).click();
    await limitation('[1c]').waitFor({ state: 'detached' });
    expect(await limitation('[1b]').inputValue()).toBe(
      'computing a power budget for each server based on the power readings and a rack limit; and sending each server its power budget over a management network.',
    );
    expect(await focusedName()).toBe('Limitation [1b]');
  });

  it('splits with the keyboard shortcut, relabels with F2, and marks the preamble not limiting', async () => {
    await placeCaret(limitation('[5b]'), 'from its power reading');
    await page.keyboard.press('Alt+KeyS');
    await limitation('[5c]').waitFor();
    expect(await limitation('[5b]').inputValue()).toBe('means for computing a power budget for each server');
    expect(await focusedName()).toBe('Limitation [5c]');

    await page.keyboard.press('F2');
    await page.getByRole('textbox', { name: 'Label (empty for the automatic one)' }).fill('[5-rack]');
    await page.keyboard.press('Enter');
    await limitation('[5-rack]').waitFor();
    expect(await focusedName()).toBe('Limitation [5-rack]');

    const claim5 = page.getByRole('group', { name: 'Claim 5' });
    await claim5.getByText('Preamble limiting', { exact: true }).click();
    // The switch shows the saved state: wait for the save's answer before reading it.
    await claim5.getByText('Preamble not limiting').waitFor();
    expect(await claim5.getByRole('switch', { name: 'Preamble limiting' }).isChecked()).toBe(false);
  });

  it('keeps every edit across a reload', async () => {
    await page.reload();
    await limitation('[5-rack]').waitFor();
    expect(await limitation('[3b]').inputValue()).toBe('(i) ranking the servers by priority; and');
    expect(await limitation('[1b]').inputValue()).toMatch(/rack limit; and sending each server/);
    expect(await page.getByRole('textbox', { name: 'Limitation [1c]', exact: true }).count()).toBe(0);
    expect(await limitation('[5b]').inputValue()).toBe('means for computing a power budget for each server');
    expect(await page.getByRole('group', { name: 'Claim 5' }).getByText('Preamble not limiting').count()).toBe(1);
  });

  it('undoes and redoes with the keyboard and the toolbar', async () => {
    const claim5 = page.getByRole('group', { name: 'Claim 5' });
    await limitation('[5a]').click();
    await page.keyboard.press('Control+z'); // the preamble switch
    await claim5.getByText('Preamble not limiting').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await claim5.getByText('Preamble not limiting').waitFor();

    await page.getByRole('button', { name: 'Undo' }).click(); // the preamble again
    await claim5.getByText('Preamble not limiting').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click(); // the relabel
    await limitation('[5c]').waitFor();
    await page.getByRole('button', { name: 'Redo' }).click();
    await limitation('[5-rack]').waitFor();
    expect(await focusedName()).toBe('Limitation [5-rack]');
  });

  it('marks selected words as a means-plus-function term', async () => {
    const field = limitation('[5b]');
    await field.click();
    await field.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(0, 'means for computing'.length));
    await page.getByRole('button', { name: 'Means-plus-function' }).click();
    await page.getByText('Marked “means for computing” in [5b] as a means-plus-function term.').waitFor();
  });

  it('shows each claim as running text with its limitation boundaries', async () => {
    await page.getByRole('button', { name: 'View as text' }).click();
    const claim3 = page.getByRole('group', { name: 'Claim 3' });
    await claim3.getByText('[3b]', { exact: true }).waitFor();
    expect(await limitation('[3b]').count()).toBe(0);
    await page.getByRole('button', { name: 'View as text' }).click();
    await limitation('[3b]').waitFor();

    await placeCaret(limitation('[3b]'), 'ranking');
    await page.evaluate(() => document.getElementById('main')?.scrollTo({ top: 0 }));
    await app.screenshot(page, 'claims-edited');
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
