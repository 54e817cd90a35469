/**
 * Bookmarks for a PDF made with pdf-lib, which has no outline API: the /Outlines dictionary and one item per
 * entry, linked as the PDF specification's outline tree (§12.3.3), written with pdf-lib's low-level objects.
 */
import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

export interface OutlineEntry {
  readonly title: string;
  /** The page the bookmark opens, fitted in the window. */
  readonly page: PDFPage;
}

export function writeOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = pdf;
  const outlinesRef = context.nextRef();
  const itemRefs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), outlinesRef);
    item.set(PDFName.of('Dest'), context.obj([entry.page.ref, PDFName.of('Fit')]));
    if (i > 0) item.set(PDFName.of('Prev'), itemRefs[i - 1]!);
    if (i < entries.length - 1) item.set(PDFName.of('Next'), itemRefs[i + 1]!);
    context.assign(itemRefs[i]!, item);
  });
  const outlines = context.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), itemRefs[0]!);
  outlines.set(PDFName.of('Last'), itemRefs[itemRefs.length - 1]!);
  outlines.set(PDFName.of('Count'), PDFNumber.of(entries.length));
  context.assign(outlinesRef, outlines);
  pdf.catalog.set(PDFName.of('Outlines'), outlinesRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
