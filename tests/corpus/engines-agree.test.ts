import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findQuote, normalizeText } from '../../shared/text/normalize';
import { createDocumentTestApp } from '../integration/documents/fixtures';

/**
 * The viewer reads text with pdf.js, the index with PDFium. Matching a selection or a quote against the
 * stored text relies on the two agreeing once both are normalized (shared/text/normalize.ts); this holds
 * them against each other on a real document. Thresholds sit just under what was measured (see the log).
 */
const samplePdf = path.resolve(__dirname, '../../../shared/data/pdfs/openbmc-docs-sample.pdf');

const app = createDocumentTestApp();
let pdfiumPages: string[];
let pdfjsPages: string[][];

/** Each page as pdf.js's text layer has it: items joined, a line break where pdf.js marks an end of line. */
async function pdfjsLines(bytes: Uint8Array): Promise<string[][]> {
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS });
  try {
    const document = await task.promise;
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const text = content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => item.str + (item.hasEOL ? '\n' : ''))
        .join('');
      pages.push(text.split('\n'));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of normalizeText(text).split(' ').filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Dice coefficient of the two pages' word multisets: order-free, so column order does not count. */
function wordSimilarity(a: string, b: string): number {
  const [wa, wb] = [words(a), words(b)];
  let shared = 0;
  for (const [word, n] of wa) shared += Math.min(n, wb.get(word) ?? 0);
  const total = [...wa.values(), ...wb.values()].reduce((s, n) => s + n, 0);
  return total === 0 ? 1 : (2 * shared) / total;
}

/** 1 − Levenshtein distance / longer length, on the normalized texts without spaces. */
function characterSimilarity(a: string, b: string): number {
  const [x, y] = [normalizeText(a).replace(/ /g, ''), normalizeText(b).replace(/ /g, '')];
  if (Math.max(x.length, y.length) === 0) return 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[y.length]! / Math.max(x.length, y.length);
}

beforeAll(async () => {
  const bytes = readFileSync(samplePdf);
  const { outcomes } = await app.call('document.import', { paths: [samplePdf] });
  const id = (outcomes[0] as { documentId: number }).documentId;
  pdfiumPages = (
    app.ctx.session.current.db.prepare('SELECT text FROM pages WHERE document_id = ? ORDER BY page_number').all(id) as { text: string }[]
  ).map((p) => p.text);
  pdfjsPages = await pdfjsLines(new Uint8Array(bytes));
});
afterAll(() => app.dispose());

describe('PDFium (index) and pdf.js (viewer) read openbmc-docs-sample.pdf alike', () => {
  it('have the same pages', () => {
    expect(pdfiumPages).toHaveLength(15);
    expect(pdfjsPages).toHaveLength(15);
  });

  it('agree page by page once normalized', () => {
    const scores = pdfiumPages.map((text, i) => ({
      page: i + 1,
      words: wordSimilarity(text, pdfjsPages[i]!.join('\n')),
      characters: characterSimilarity(text, pdfjsPages[i]!.join('\n')),
    }));
    console.log('page similarity (words, characters):', scores.map((s) => `${s.page}: ${s.words.toFixed(4)} ${s.characters.toFixed(4)}`).join('; '));
    for (const s of scores) {
      expect(s.words, `page ${s.page} words`).toBeGreaterThanOrEqual(0.99);
      expect(s.characters, `page ${s.page} characters`).toBeGreaterThanOrEqual(0.99);
    }
    // Without normalization they differ (line breaks, hyphens), which is why both sides are normalized.
    expect(pdfiumPages.some((text, i) => text !== pdfjsPages[i]!.join('\n'))).toBe(true);
  });

  it('find every line of the viewer text in the stored page text (what a selection or a quote needs)', () => {
    let tried = 0;
    const missed: string[] = [];
    pdfjsPages.forEach((lines, i) => {
      for (const line of lines.filter((l) => normalizeText(l).length >= 12)) {
        tried++;
        if (!findQuote(pdfiumPages[i]!, line)) missed.push(`p${i + 1}: ${line}`);
      }
    });
    console.log(`viewer lines found in stored text: ${tried - missed.length} of ${tried}`, missed.slice(0, 10));
    expect(tried).toBeGreaterThan(300);
    expect((tried - missed.length) / tried).toBeGreaterThanOrEqual(0.995);
  });
});
