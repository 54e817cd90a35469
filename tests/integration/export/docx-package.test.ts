/**
 * The DOCX export opened as what it is, a ZIP of XML parts (read with `unzip`, independent of the exporter):
 * a real table with a repeated header row, the named styles on the paragraphs, figures sized to the column
 * and recompressed, the designation in the header, "Page X of Y", landscape pages, a firm template's styles.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';
import type { TestApp } from '../../helpers/test-app';
import { DESIGNATION, expectEachQuoteCitedOnce, INTERNAL_NOTE, quotesWithCites, type ChartFixture } from './chart-fixture';
import { createChartedApp, SMALL_CHART } from './exported-app';

const tempDir = useTempDirs();
let app: TestApp;
let fixture: ChartFixture;

const part = (file: string, name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const entries = (file: string) => execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
const count = (xml: string, pattern: RegExp) => xml.match(pattern)?.length ?? 0;
const EMU_PER_INCH = 914_400;

async function exportDocx(options: Record<string, unknown> = {}): Promise<string> {
  const outputPath = join(tempDir(), 'chart.docx');
  const result = await app.call('export.run', { chartId: fixture.chartId, format: 'docx', outputPath, options });
  expect(result.status).toBe('written');
  return outputPath;
}

beforeAll(async () => {
  ({ app, fixture } = await createChartedApp());
}, 60_000);
afterAll(() => app?.dispose());

describe('DOCX export: the package', () => {
  it('is one real table: a repeated header row, a merged heading row per claim, a row per limitation', async () => {
    const file = await exportDocx({ includeStatus: true });
    const document = part(file, 'word/document.xml');
    const chartTable = firstTable(document);
    const rows = rowsOf(chartTable);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows[0]).toContain('U.S. Patent No. 7,634,671');
    expect(rows[0]).toContain('Aivres KR2280-X1');
    expect(rows[0]).toContain('Status');
    const claimRows = rows.filter((row) => row.includes('<w:gridSpan w:val="3"/>'));
    expect(claimRows.map((row) => /<w:t[^>]*>(Claim \d+)<\/w:t>/.exec(row)?.[1])).toEqual(['Claim 1', 'Claim 2', 'Claim 3', 'Claim 4', 'Claim 5']);
    // A label row per limitation, plus a doctrine-of-equivalents row for each limitation charted that way.
    const labelRows = rows.filter((row) => row.includes('<w:rStyle w:val="ClaimChartLabel"/>'));
    const equivalentsRows = labelRows.filter((row) => row.includes('Doctrine of equivalents'));
    expect(labelRows.length - equivalentsRows.length).toBe(fixture.rows.length);
    expect(equivalentsRows.length).toBeGreaterThan(0);
    expect(equivalentsRows[0]).toMatch(/Function: [\s\S]*Way: [\s\S]*Result: /);
    expect(chartTable).toContain('<w:tblStyle w:val="ClaimChartTable"/>');
    expect(chartTable).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('keeps each quote with its cite, each figure with its caption, and each limitation whole, in a row that cannot break', async () => {
    const document = part(await exportDocx({ includeStatus: true }), 'word/document.xml');
    // A one-cell table without borders whose one row cannot split, holding the paragraphs kept together.
    const kept = [...document.matchAll(/<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"\/><w:tblBorders>(?:<w:\w+ w:val="none"[^>]*\/>){6}<\/w:tblBorders>(?:(?!<\/w:tbl>).)*?<w:tr><w:trPr><w:cantSplit\/><\/w:trPr><w:tc>(?:(?!<\/w:tc>).)*<\/w:tc><\/w:tr><\/w:tbl>/g)].map((m) => m[0]);
    const styled = (style: string) => kept.filter((table) => table.includes(`<w:pStyle w:val="${style}"/>`));
    expect(styled('ClaimChartQuote')).toHaveLength(fixture.quotes.length);
    expect(styled('ClaimChartFigureCaption')).toHaveLength(fixture.figureCount);
    for (const figure of styled('ClaimChartFigureCaption')) expect(figure).toContain('<w:drawing>');
    const limitations = styled('ClaimChartLimitation');
    expect(limitations.length).toBeGreaterThanOrEqual(fixture.rows.length);
    expect(kept).toHaveLength(fixture.quotes.length + fixture.figureCount + limitations.length);
    // Word and LibreOffice want a cell to end with a paragraph: after a kept block, one a point high.
    expect(document).not.toMatch(/<\/w:tbl><\/w:tc>/);
  });

  it('puts each limitation in one kept-together paragraph: the label, then its words', async () => {
    const document = part(await exportDocx(), 'word/document.xml');
    for (const row of fixture.rows) {
      const paragraph = new RegExp(
        `<w:p><w:pPr><w:pStyle w:val="ClaimChartLimitation"/>(?:(?!</w:p>).)*<w:rStyle w:val="ClaimChartLabel"/></w:rPr><w:t[^>]*>${escapeRegExp(row.label)}</w:t>(?:(?!</w:p>).)*<w:br/>(?:(?!</w:p>).)*${escapeRegExp(escapeXml(row.claimText.slice(0, 40)))}`,
      );
      expect(document, row.label).toMatch(paragraph);
    }
    const styles = part(await exportDocx(), 'word/styles.xml');
    expect(styleXml(styles, 'ClaimChartLimitation')).toContain('<w:keepLines/>');
    expect(styleXml(styles, 'ClaimChartLabel')).toContain('<w:b/>');
  });

  it('defines the named styles a firm restyles, and uses them on every chart paragraph', async () => {
    const file = await exportDocx({ fontFamily: 'Georgia', fontSizePt: 12 });
    const styles = part(file, 'word/styles.xml');
    const names = [...styles.matchAll(/<w:name w:val="(Claim Chart [^"]+)"\/>/g)].map((m) => m[1]);
    expect(names).toEqual(
      expect.arrayContaining(['Claim Chart Text', 'Claim Chart Quote', 'Claim Chart Cite', 'Claim Chart Label', 'Claim Chart Limitation', 'Claim Chart Table']),
    );
    expect(styleXml(styles, 'ClaimChartText')).toContain('w:ascii="Georgia"');
    expect(styleXml(styles, 'ClaimChartText')).toContain('<w:sz w:val="24"/>');
    expect(styleXml(styles, 'ClaimChartTable')).toContain('<w:tblStylePr w:type="firstRow">');
    const document = part(file, 'word/document.xml');
    const body = document.slice(document.indexOf('<w:body>'));
    // No paragraph of the chart goes without a named style.
    expect(count(body, /<w:p>(?!<w:pPr><w:pStyle)/g)).toBe(0);
    expect(count(body, /<w:pStyle w:val="ClaimChartQuote"\/>/g)).toBe(fixture.quotes.length);
    // Every quote ends with its cite, in the cite style.
    expect(body).toMatch(/<w:pStyle w:val="ClaimChartQuote"\/>(?:(?!<\/w:p>).)*<w:rStyle w:val="ClaimChartCite"\/><\/w:rPr><w:br\/><w:t[^>]*>KR2280 (Manual at AIVRES_\d{7}|Datasheet at \d)</);
  });

  it('prints each quote’s cite once, after its words', async () => {
    const document = part(await exportDocx(), 'word/document.xml');
    const paragraphs = document.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join(''));
    expectEachQuoteCitedOnce(paragraphs, quotesWithCites((await app.call('chart.get', { chartId: fixture.chartId })).rows));
  });

  it('sizes figures to the evidence column and recompresses them', async () => {
    const file = await exportDocx({ includeStatus: true });
    const document = part(file, 'word/document.xml');
    const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => ({ cx: Number(m[1]), cy: Number(m[2]) }));
    expect(extents).toHaveLength(fixture.figureCount);
    // Landscape Letter, one-inch margins: 9 in of text; the evidence column is 53% of it with the status column.
    const evidenceColumn = 9 * 0.53 * EMU_PER_INCH;
    for (const { cx, cy } of extents) {
      expect(cx).toBeLessThanOrEqual(evidenceColumn);
      expect(cx).toBeGreaterThan(evidenceColumn * 0.8);
      expect(cy / cx).toBeCloseTo(SMALL_CHART.image.height / SMALL_CHART.image.width, 2);
    }
    const media = entries(file).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(fixture.figureCount);
    for (const name of media) {
      const png = execFileSync('unzip', ['-p', file, name]);
      const width = png.readUInt32BE(16);
      // At most 200 dpi at the printed width (under 5 in), well below the 1,800-pixel capture.
      expect(width).toBeLessThanOrEqual(Math.ceil((evidenceColumn / EMU_PER_INCH) * 200));
      expect(width).toBeGreaterThan(600);
    }
  });

  it('carries the designation in the header of every page, "Page X of Y" in the footer, on landscape Letter', async () => {
    const file = await exportDocx();
    const document = part(file, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"\/>/);
    expect(document).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    const header = part(file, 'word/header1.xml');
    expect(header).toContain(DESIGNATION);
    const footer = part(file, 'word/footer1.xml');
    expect(footer).toMatch(/Page <\/w:t>[\s\S]*PAGE[\s\S]* of <\/w:t>[\s\S]*NUMPAGES/);
  });

  it('uses A4 when asked, and never exports an internal note', async () => {
    const file = await exportDocx({ paper: 'a4' });
    const document = part(file, 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    for (const name of entries(file).filter((n) => n.startsWith('word/') && n.endsWith('.xml'))) expect(part(file, name)).not.toContain(INTERNAL_NOTE);
  });

  it('ends with the index of exhibits: title, Bates range and designation of each cited document', async () => {
    const document = part(await exportDocx(), 'word/document.xml');
    const index = document.slice(document.indexOf('Index of Exhibits'));
    expect(index).toContain('Exhibit A-1');
    expect(index).toContain('Aivres KR2280-X1 Server User Manual');
    expect(index).toContain('AIVRES_0001234–AIVRES_0001239');
    expect(index).toContain('Exhibit A-2');
    expect(index).toContain('KR2280-X1 Product Datasheet');
  });

  it('takes a firm template’s styles, adding only the chart styles it lacks', async () => {
    const template = join(tempDir(), 'firm.docx');
    const firm = new Document({
      styles: { paragraphStyles: [{ id: 'FirmText', name: 'Claim Chart Text', run: { font: 'Courier New', size: 20, color: '1F3864' } }] },
      sections: [{ children: [new Paragraph('Firm template')] }],
    });
    writeFileSync(template, await Packer.toBuffer(firm));
    const file = await exportDocx({ templatePath: template });
    const styles = part(file, 'word/styles.xml');
    expect(styleXml(styles, 'FirmText')).toContain('Courier New');
    expect(styles).not.toContain('w:styleId="ClaimChartText"');
    expect(styles).toContain('w:styleId="ClaimChartQuote"');
    // The template's style is the one the chart's text paragraphs use, and the added styles build on it.
    expect(styleXml(styles, 'ClaimChartQuote')).toContain('<w:basedOn w:val="FirmText"/>');
    expect(part(file, 'word/document.xml')).toContain('<w:pStyle w:val="FirmText"/>');
  });

  it('refuses a template that is not a Word document', async () => {
    const notDocx = join(tempDir(), 'notes.docx');
    writeFileSync(notDocx, 'not a zip');
    await expect(app.call('export.run', { chartId: fixture.chartId, format: 'docx', outputPath: join(tempDir(), 'x.docx'), options: { templatePath: notDocx } })).rejects.toThrow(
      /not a Word document/,
    );
  });
});

/** The document's first table, from its <w:tbl> to the </w:tbl> that closes it (tables may nest in its cells). */
function firstTable(xml: string): string {
  const start = xml.indexOf('<w:tbl>');
  let depth = 0;
  for (const tag of xml.slice(start).matchAll(/<\/?w:tbl>/g)) {
    depth += tag[0] === '<w:tbl>' ? 1 : -1;
    if (depth === 0) return xml.slice(start, start + tag.index + tag[0].length);
  }
  throw new Error('unclosed table');
}

/** A table's own rows (each with the tables nested in it), not the rows of tables nested in its cells. */
function rowsOf(table: string): string[] {
  const rows: string[] = [];
  let depth = 0;
  let rowStart = 0;
  for (const tag of table.matchAll(/<\/?w:tbl>|<w:tr>|<\/w:tr>/g)) {
    if (tag[0] === '<w:tbl>') depth += 1;
    else if (tag[0] === '</w:tbl>') depth -= 1;
    else if (depth === 1 && tag[0] === '<w:tr>') rowStart = tag.index;
    else if (depth === 1) rows.push(table.slice(rowStart, tag.index + tag[0].length));
  }
  return rows;
}

function styleXml(styles: string, id: string): string {
  const start = styles.indexOf(`w:styleId="${id}"`);
  expect(start, `style ${id}`).toBeGreaterThan(0);
  return styles.slice(start, styles.indexOf('</w:style>', start));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
