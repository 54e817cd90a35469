/**
 * Reads a patent PDF's claims on the Node side: pdf.js (legacy build, no eval, no font faces, no system fonts) gives
 * each page's positioned text, and the shared reader does the rest, so the renderer could do the same.
 */
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { parseClaimsText } from '../../../shared/claims/parse-text';
import { hyphenationWarning, placeHyphenationGuesses, readPatentPdfText, type PdfPageBounds, type PdfTextItem } from '../../../shared/claims/patent-pdf';
import { ClaimImportError, type ParsedPatent } from '../../../shared/claims/types';

export async function readPatentPdf(bytes: Uint8Array): Promise<ParsedPatent> {
  const { pages, pageBounds } = await pdfText(bytes);
  const { claimsText, patent, hyphenationGuesses } = readPatentPdfText(pages, { pageBounds });
  const set = parseClaimsText(claimsText);
  // A guessed join is told on the claim it is in; one on the front page (the title) concerns no claim.
  const frontPageWarning = hyphenationWarning(placeHyphenationGuesses(set.claims, hyphenationGuesses));
  return { patent, claims: set.claims, warnings: [...(frontPageWarning ? [frontPageWarning] : []), ...set.warnings] };
}

export async function pdfText(bytes: Uint8Array): Promise<{ pages: PdfTextItem[][]; pageBounds: PdfPageBounds[] }> {
  const task = getDocument({
    // A copy, as a plain Uint8Array: pdf.js takes ownership of the buffer it is given, and refuses a Node Buffer
    // (a Buffer's slice() is a Buffer, and a view of the same memory).
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw unreadable(error);
    });
    const pages: PdfTextItem[][] = [];
    const pageBounds: PdfPageBounds[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.filter((item): item is TextItem => 'str' in item).map(positioned));
      const [left = 0, , right = 0] = page.view;
      pageBounds.push({ left, right });
      page.cleanup();
    }
    return { pages, pageBounds };
  } finally {
    await task.destroy();
  }
}

function positioned(item: TextItem): PdfTextItem {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  return { str: item.str, x, y, width: item.width, height: item.height, fontSize: Math.hypot(c, d) || item.height };
}

function unreadable(error: unknown): ClaimImportError {
  const name = error instanceof Error ? error.name : '';
  const message =
    name === 'PasswordException'
      ? 'This PDF is password-protected: remove the password, paste the claims, or import the USPTO XML instead.'
      : `This file cannot be read as a PDF (${error instanceof Error ? error.message : String(error)}): paste the claims or import the USPTO XML instead.`;
  return new ClaimImportError('pdf-unreadable', message);
}
