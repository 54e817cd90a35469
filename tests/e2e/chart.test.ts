/**
 * The claim chart, end to end, as the issue tells it: create a chart for US 7,634,671 claim 1 against a
 * product, drag an excerpt into [1a], type commentary, set the status, click the citation and land on the
 * highlighted spot in the viewer, save a version, change a row, compare, reload: everything is there. Also:
 * live quote checking, paste from Word, row-level undo, deleting a cited excerpt, export, the dashboard.
 * The evidence (a manual about autodiscovery and power consumption) is imported through the app's services.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './harness';
import { importKr2280Manual, type ImportedManual } from './manual-fixture';

const QUOTE = 'The management controller runs an autodiscovery service that finds every network device on the rack.';
const SECOND_QUOTE = 'Each discovered device reports its electric power consumption in watts when polled over SNMP.';
const MANUAL_PAGES = [
  `Chapter 3: Discovery\n${QUOTE}\nDevices answer at their management address.`,
  `Chapter 4: Power monitoring\n${SECOND_QUOTE}\nThe console collects the readings centrally and raises an alarm outside the configured range.`,
];

let app: E2eApp;
let page: Page;
let manual: ImportedManual;
let documentId: number;
let excerptId: number;

beforeAll(async () => {
  app = await startE2eApp();
  manual = await importKr2280Manual(app, MANUAL_PAGES);
  const { call } = manual;
  documentId = manual.documentId;
  excerptId = (await call('excerpt.create', { kind: 'text', documentId, page: 1, quote: QUOTE, tags: ['discovery'] })).id;
  await call('excerpt.create', { kind: 'text', documentId, page: 2, quote: SECOND_QUOTE, tags: ['power'] });
  await manual.addFigure(2, 'Power monitoring screen');
  page = await app.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await app?.close();
  manual?.dispose();
});

const row = (label: string) => page.getByRole('region', { name: `Row ${label}`, exact: true });
const cell = (label: string) => page.getByRole('textbox', { name: `Evidence for ${label}`, exact: true });
const excerptCard = (cite: RegExp) => page.getByRole('article', { name: cite });

async function chooseOption(trigger: Locator, option: string): Promise<void> {
  await trigger.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Where `text` is on screen inside `within`: its last character's right edge, or its middle. */
async function pointAt(within: Locator, text: string, where: 'end' | 'middle'): Promise<{ x: number; y: number }> {
  return within.evaluate(
    (root, [wanted, place]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, place === 'end' ? at + wanted.length - 1 : at);
        range.setEnd(node, at + wanted.length);
        const box = range.getBoundingClientRect();
        return { x: place === 'end' ? box.right - 1 : box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`"${wanted}" is not in the element`);
    },
    [text, where] as const,
  );
}

/** Clicks into a row's cell after `text` (or at its start) and waits until its editor has the keyboard. */
async function editCell(label: string, text?: string): Promise<void> {
  if (text) {
    const end = await pointAt(cell(label), text, 'end');
    await page.mouse.click(end.x, end.y);
  } else {
    await cell(label).click({ position: { x: 4, y: 4 } });
  }
  await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, `Evidence for ${label}`);
}

/** Waits until the chart says every change is in the matter file. */
const allSaved = () => page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

describe('claim chart', () => {
  it('creates a chart for claim 1 of US 7,634,671 against a product from the sidebar', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'New chart…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New chart' });
    await chooseOption(dialog.getByRole('button', { name: /Patent/ }), 'US 7,634,671 · Determining power consumption in IT networks');
    // React Aria's inputs are visually hidden inside their labels: the label takes the click.
    await dialog.getByRole('checkbox', { name: /Claim 1 independent/ }).check({ force: true });
    await chooseOption(dialog.getByRole('button', { name: /Accused product/ }), 'Aivres KR2280-X1 · Aivres');
    await app.screenshot(page, 'chart-new-dialog');
    await dialog.getByRole('button', { name: 'Create chart' }).click();

    await page.getByRole('heading', { level: 2, name: 'US 7,634,671 — Aivres KR2280-X1' }).waitFor();
    await row('[1a]').waitFor();
    expect(await row('[1a]').getByText('running an autodiscovery tool to discover the network devices of the managed IT network;').count()).toBe(1);
    expect(await row('[1pre]').getByRole('button', { name: /Status of \[1pre\]/ }).textContent()).toContain('Needs evidence');
    expect(await page.getByRole('list', { name: 'Rows by status' }).textContent()).toContain('6 Needs evidence');
  });

  it('drags an excerpt onto [1a]: a quote of its words, its cite under it, once', async () => {
    const card = excerptCard(/Excerpt at KR2280 Manual at 1/);
    await card.dragTo(row('[1a]').getByRole('textbox', { name: 'Evidence for [1a]' }));
    const quote = row('[1a]').locator('blockquote');
    await quote.getByText(QUOTE).waitFor();
    expect(await quote.getByText('Matches the source').count()).toBe(1);
    expect(await quote.locator('.cell-quote__source').textContent()).toBe('KR2280 Manual at 1');
    // The quote carries its cite: no chip after it says it again.
    expect(await row('[1a]').getByText('KR2280 Manual at 1', { exact: true }).count()).toBe(1);
    expect(await row('[1a]').locator('.cell-chip').count()).toBe(0);
    await allSaved();
    // The card now says where it is cited.
    await card.getByRole('link', { name: '[1a]' }).waitFor();
  });

  it('types commentary with formatting, and checks an edited quote live against its source', async () => {
    await row('[1a]').locator('blockquote').evaluate((quote) => quote.scrollIntoView());
    const editor = cell('[1a]');
    await editCell('[1a]');
    await page.getByRole('toolbar', { name: 'Formatting of evidence for [1a]' }).getByRole('button', { name: /^Bold/ }).waitFor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('The accused BMC ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('discovers');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' each node.');
    expect(await editor.locator('strong').textContent()).toBe('discovers');
    // The commentary went into the paragraph left for it under the quote, not into the quote.
    expect(await editor.locator('p').filter({ hasText: 'The accused BMC discovers each node.' }).count()).toBe(1);
    expect(await editor.locator('blockquote').textContent()).not.toContain('The accused BMC');

    // An elision keeps the quote faithful; a changed word does not.
    const quoteText = editor.locator('blockquote .cell-quote__text');
    const end = await pointAt(quoteText, 'on the rack.', 'end');
    await page.mouse.click(end.x, end.y);
    for (let i = 0; i < ' on the rack.'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type(' …');
    await editor.getByText('Matches the source').waitFor();
    const word = await pointAt(quoteText, 'autodiscovery', 'middle');
    await page.mouse.dblclick(word.x, word.y);
    await page.keyboard.type('discovery');
    await editor.getByText(/Differs from the source at “discovery/).waitFor();
    await app.screenshot(page, 'chart-quote-mismatch');
    await page.keyboard.press('Control+z');
    await editor.getByText('Matches the source').waitFor();
    await allSaved();
  });

  it('sets the status, and undoes and redoes it as a row-level change', async () => {
    await chooseOption(row('[1a]').getByRole('button', { name: /Status of \[1a\]/ }), 'Literally met');
    expect(await row('[1a]').getByRole('button', { name: /Status of \[1a\]/ }).textContent()).toContain('Literally met');
    await chooseOption(row('[1b]').getByRole('button', { name: /Status of \[1b\]/ }), 'Partially met');
    await page.getByRole('button', { name: /^Undo status of \[1b\]/ }).click();
    await row('[1b]').getByRole('button', { name: /Needs evidence/ }).waitFor();
    await page.getByRole('button', { name: /^Redo status of \[1b\]/ }).click();
    await row('[1b]').getByRole('button', { name: /Partially met/ }).waitFor();
    await page.getByRole('button', { name: /^Undo status of \[1b\]/ }).click();
    await row('[1b]').getByRole('button', { name: /Needs evidence/ }).waitFor();
    await allSaved();
    await app.screenshot(page, 'chart-editing');
  });

  it('cites with the button into the current row, a figure for a region excerpt', async () => {
    await editCell('[1c]');
    await page.getByRole('complementary', { name: 'Evidence' }).getByText('[1c]', { exact: true }).waitFor();
    await excerptCard(/Excerpt at KR2280 Manual at 2/)
      .filter({ has: page.getByRole('img') })
      .getByRole('button', { name: 'Cite in current row' })
      .click();
    await row('[1c]').locator('figure img').waitFor();
    expect(await row('[1c]').getByRole('textbox', { name: 'Figure caption' }).inputValue()).toBe('Power monitoring screen');
    await allSaved();
  });

  it('pastes from Word keeping paragraphs, lists and emphasis, and nothing else', async () => {
    const editor = cell('[1c]');
    // After a figure, the cell keeps a line for the text that follows it.
    await editor.locator('p').last().click();
    const html = `<html><head><style>p{color:red}</style></head><body>
      <p class=MsoNormal>The console <b>collects</b> <i>readings</i> <span style="text-decoration:underline">centrally</span>.<img src="http://example.invalid/x.png"></p>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>polls each device</p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>sums the watts</p>
      <table><tr><td><a href="https://example.invalid">a link</a></td></tr></table><script>window.pasted = true</script></body></html>`;
    // What Chromium fires for Ctrl+V in an editable element, with the clipboard's contents.
    await editor.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/html', pasted);
      data.setData('text/plain', 'The console collects readings centrally.');
      element.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    }, html);
    await editor.locator('ul li').filter({ hasText: 'sums the watts' }).waitFor();
    expect(await editor.locator('ul li').allTextContents()).toEqual(['polls each device', 'sums the watts']);
    expect(await editor.locator('strong').allTextContents()).toContain('collects');
    expect(await editor.locator('em').allTextContents()).toContain('readings');
    expect(await editor.locator('u').allTextContents()).toContain('centrally');
    expect(await editor.getByText('a link').count()).toBe(1);
    expect(await editor.locator('a[href^="https://example"], img[src^="http"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pasted?: boolean }).pasted)).toBeUndefined();
    await allSaved();
  });

  it('opens the citation in the viewer at the highlighted excerpt', async () => {
    await page.keyboard.press('Escape');
    await row('[1a]').locator('blockquote').getByRole('link', { name: 'KR2280 Manual at 1' }).click();
    await page.waitForURL(new RegExp(`#/document/${documentId}\\?page=1&excerpt=${excerptId}$`));
    await page.locator(`.page-overlay__box--selected[data-excerpt-id="${excerptId}"]`).first().waitFor();
    await app.screenshot(page, 'chart-citation-in-viewer');
    await page.goBack();
    await row('[1a]').waitFor();
  });

  it('saves a version, changes a row, and compares: rows, status, evidence and the words', async () => {
    await page.getByRole('button', { name: 'Save version…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save a version of this chart' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Served 2025-01-15');
    await dialog.getByRole('button', { name: 'Save version' }).click();
    await dialog.waitFor({ state: 'detached' });

    await chooseOption(row('[1b]').getByRole('button', { name: /Status of \[1b\]/ }), 'Not met');
    await editCell('[1a]', 'each node.');
    await page.keyboard.type(' Confirmed at deposition.');
    await excerptCard(/Excerpt at KR2280 Manual at 2/)
      .filter({ hasText: 'SNMP' })
      .dragTo(row('[1d]').getByRole('textbox', { name: 'Evidence for [1d]' }));
    await row('[1d]').locator('blockquote').waitFor();
    await allSaved();

    await page.getByRole('button', { name: /^Versions/ }).click();
    await page.getByRole('button', { name: 'Compare Served 2025-01-15 with the current chart' }).click();
    await page.getByRole('heading', { name: 'Changes since “Served 2025-01-15”' }).waitFor();
    const changes = page.getByRole('list', { name: 'Changed rows' });
    const row1a = changes.getByRole('listitem', { name: 'Row [1a]' });

    expect(await row1a.locator('ins').allTextContents()).toContain(' Confirmed at deposition.');
    expect(await changes.getByRole('listitem', { name: 'Row [1b]' }).textContent()).toMatch(/Needs evidence.*became.*Not met/);
    expect(await changes.getByRole('listitem', { name: 'Row [1d]' }).getByText('+ KR2280 Manual at 2').count()).toBe(1);
    await app.screenshot(page, 'chart-compare');
  });

  it('opens the saved version read-only', async () => {
    await page.getByRole('link', { name: 'Open the version' }).click();
    await page.getByText('Saved version “Served 2025-01-15”').waitFor();
    expect(await row('[1b]').getByRole('button', { name: /Status of \[1b\]/ }).isDisabled()).toBe(true);
    expect(await row('[1a]').getByText('Confirmed at deposition.').count()).toBe(0);
    await page.getByRole('link', { name: 'Back to the current chart' }).click();
    await row('[1a]').getByText('Confirmed at deposition.').waitFor();
  });

  it('keeps everything across a reload', async () => {
    await page.reload();
    await row('[1a]').waitFor();
    expect(await row('[1a]').locator('blockquote').textContent()).toContain('The management controller runs an autodiscovery service that finds every network device …');
    expect(await row('[1a]').locator('strong').textContent()).toBe('discovers');
    expect(await row('[1a]').getByText('Confirmed at deposition.').count()).toBe(1);
    expect(await row('[1a]').getByRole('button', { name: /Status of \[1a\]/ }).textContent()).toContain('Literally met');
    expect(await row('[1b]').getByRole('button', { name: /Status of \[1b\]/ }).textContent()).toContain('Not met');
    expect(await row('[1c]').locator('ul li').count()).toBe(2);
    expect(await row('[1c]').locator('figure img').count()).toBe(1);
    expect(await row('[1d]').locator('.cell-quote__source').textContent()).toBe('KR2280 Manual at 2');
    await app.screenshot(page, 'chart-after-reload');
  });

  it('asks before deleting a cited excerpt, naming the rows that cite it', async () => {
    const card = excerptCard(/Excerpt at KR2280 Manual at 1/);
    await card.getByRole('button', { name: 'Delete excerpt' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete the excerpt at KR2280 Manual at 1?' });
    await dialog.getByText('US 7,634,671 — Aivres KR2280-X1').waitFor();
    expect(await dialog.textContent()).toContain('[1a]');
    await app.screenshot(page, 'chart-delete-cited-excerpt');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports after verifying every quote', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: /Export “US 7,634,671/ });
    await dialog.getByText(/^Verified: \d+ quotes? and \d+ citations? checked/).waitFor();
    // CSV: the formats with figures size them on worker threads that only the built app ships.
    await dialog.getByRole('radio', { name: 'Spreadsheet (.csv)' }).check({ force: true });
    // The cite format, the matter's unless changed for this export: a template without {page} is refused.
    const cites = dialog.getByRole('group', { name: 'Citations' });
    const withoutBates = cites.getByRole('textbox', { name: 'Cite of a page without one' });
    expect(await withoutBates.inputValue()).toBe('{short} at {page}');
    await withoutBates.fill('{short}, p.');
    await cites.getByText('The template must contain {page}.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Export', exact: true }).isDisabled()).toBe(true);
    await withoutBates.fill('{short}, p. {page}');
    await cites.getByText(/As in “KR2280 Manual at AIVRES_0001234” and “KR2280 Manual, p\. 2-7”/).waitFor();
    await app.screenshot(page, 'chart-export-dialog');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Exported' });
    await done.waitFor();
    await app.screenshot(page, 'chart-exported');
    const href = await done.getByRole('link', { name: 'Download' }).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).toString());
    expect(response.ok()).toBe(true);
    const csv = await response.text();
    expect(csv).toContain('The management controller runs an autodiscovery service');
    expect(csv).toContain('KR2280 Manual, p. 1');
    expect(csv).not.toContain('KR2280 Manual at 1');
    await done.getByRole('button', { name: 'Done' }).click();
  });

  it('shows the chart’s progress on the matter dashboard and opens it from there', async () => {
    await page.getByRole('link', { name: 'Matter overview' }).click();
    const progress = page.getByRole('table').getByRole('link', { name: /Claim 1/ });
    expect(await progress.textContent()).toContain('2 of 6 rows charted');
    await page.getByRole('heading', { name: 'Charts', exact: true }).scrollIntoViewIfNeeded();
    await app.screenshot(page, 'chart-dashboard');
    await progress.click();
    await row('[1a]').waitFor();
  });

  it('restores the saved version, keeping the chart as it was as a version of its own', async () => {
    await page.getByRole('button', { name: /^Versions/ }).click();
    await page.getByRole('button', { name: 'Open Served 2025-01-15' }).click();
    await page.getByRole('button', { name: 'Restore this version…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Restore “Served 2025-01-15”?' });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await page.getByText(/Restored “Served 2025-01-15”; the chart as it was is saved as “Before restoring/).waitFor();
    await row('[1b]').getByRole('button', { name: /Needs evidence/ }).waitFor();
    expect(await row('[1a]').getByText('Confirmed at deposition.').count()).toBe(0);
    expect(await row('[1a]').getByText('The accused BMC').count()).toBe(1);
    await app.screenshot(page, 'chart-restored');
    await page.getByRole('button', { name: /^Versions/ }).click();
    await page.getByRole('dialog', { name: 'Saved versions' }).getByText(/^Before restoring/).waitFor();
    await page.keyboard.press('Escape');
  });

  it('keeps typing that could not be saved (disk full), says so, and saves it on a retry', async () => {
    const diskFull = { ok: false, error: { code: 'disk-full', message: 'The disk holding the matter is full.' } };
    await page.route('**/rpc/chart.updateCell', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(diskFull) }));
    await editCell('[1b]');
    await page.keyboard.type('Written while the disk was full.');
    const failure = page.getByRole('alert').filter({ hasText: 'Not saved.' });
    await failure.getByText(/The disk holding the matter is full\. Your changes are kept here; trying again/).waitFor();
    await app.screenshot(page, 'chart-save-failed');
    await page.unroute('**/rpc/chart.updateCell');
    await failure.getByRole('button', { name: 'Retry now' }).click();
    await allSaved();
    await page.reload();
    await row('[1b]').getByText('Written while the disk was full.').waitFor();
  });

  it('raised no CSP violation and no page error', () => {
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
