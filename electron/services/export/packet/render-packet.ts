/**
 * The exhibit packet: every page the chart cites, copied from the stored source PDFs, in citation order (the
 * order in which the chart, read row by row and each cell from its start, first cites each page), each
 * excerpt highlighted where it is on its page, each page stamped with its exhibit and its Bates number (or
 * page), and a bookmark per exhibit at its first page.
 */
import { BlendMode, degrees, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { citedExcerptIds } from '../../../../shared/chart/cell-schema';
import { batesNumber } from '../../../../shared/citation/cite';
import { AppError } from '../../../../shared/errors';
import type { ExportChart, ExportDocument, ExportExcerpt } from '../model';
import { writeOutline, type OutlineEntry } from './pdf-outline';
import { visualFrame } from './visual-frame';

const TEXT_HIGHLIGHT = { color: rgb(1, 0.9, 0.2), opacity: 0.45 };
const REGION_OUTLINE = { color: rgb(0.9, 0.35, 0), width: 1.5 };
const STAMP = { size: 9, margin: 18, padding: 3 };

interface CitedPage {
  readonly document: ExportDocument;
  readonly pageNumber: number;
  readonly excerpts: ExportExcerpt[];
}

export async function renderPacket(chart: ExportChart): Promise<Uint8Array> {
  const packet = await PDFDocument.create();
  packet.setTitle(`${chart.caption.exhibitLabel} — cited pages`);
  packet.setCreator('ClaimChart');
  const font = await packet.embedFont(StandardFonts.HelveticaBold);
  const cited = citedPages(chart);
  // Each document's pages are copied in one go, so the resources they share are copied once.
  const copies = new Map<CitedPage, PDFPage>();
  for (const document of new Set(cited.map((p) => p.document))) {
    const source = await PDFDocument.load(chart.documentPdf(document.id), { updateMetadata: false });
    if (source.isEncrypted) {
      throw new AppError('unsupported-file', `“${document.title}” is an encrypted PDF: its pages cannot be copied into the exhibit packet.`);
    }
    const pages = cited.filter((p) => p.document === document);
    (await packet.copyPages(source, pages.map((p) => p.pageNumber - 1))).forEach((copy, i) => copies.set(pages[i]!, copy));
  }
  const outline: OutlineEntry[] = [];
  const bookmarked = new Set<ExportDocument>();
  for (const citedPage of cited) {
    const { document, pageNumber, excerpts } = citedPage;
    const page = packet.addPage(copies.get(citedPage)!);
    highlight(page, excerpts);
    stamp(page, font, `${document.exhibit} · ${batesNumber(document, pageNumber, chart.batesWidth) ?? `p. ${pageNumber}`}`);
    if (!bookmarked.has(document)) outline.push({ title: `${document.exhibit} — ${document.title}`, page });
    bookmarked.add(document);
  }
  writeOutline(packet, outline);
  return packet.save();
}

/** The pages of live excerpts (on pages their documents have) in order of first citation, each with its excerpts. */
function citedPages(chart: ExportChart): CitedPage[] {
  const documents = new Map(chart.documents.map((d) => [d.id, d]));
  const pages = new Map<string, CitedPage>();
  for (const row of chart.rows) {
    for (const id of citedExcerptIds(row.content)) {
      const excerpt = chart.excerpts.get(id);
      const document = excerpt && documents.get(excerpt.documentId);
      if (!excerpt || !document || excerpt.deleted || excerpt.pageNumber < 1 || excerpt.pageNumber > excerpt.documentPageCount) continue;
      const key = `${document.id}:${excerpt.pageNumber}`;
      const page = pages.get(key) ?? { document, pageNumber: excerpt.pageNumber, excerpts: [] };
      pages.set(key, page);
      if (!page.excerpts.includes(excerpt)) page.excerpts.push(excerpt);
    }
  }
  return [...pages.values()];
}

/** Text excerpts as translucent marker over their lines (multiplied, so the words stay black); regions outlined. */
function highlight(page: PDFPage, excerpts: readonly ExportExcerpt[]): void {
  const { x: originX, y: originY } = pageBox(page);
  for (const excerpt of excerpts) {
    for (const [x1, y1, x2, y2] of excerpt.rects) {
      const rect = { x: originX + x1, y: originY + y1, width: x2 - x1, height: y2 - y1 };
      if (excerpt.kind === 'text') page.drawRectangle({ ...rect, ...TEXT_HIGHLIGHT, blendMode: BlendMode.Multiply });
      else page.drawRectangle({ ...rect, borderColor: REGION_OUTLINE.color, borderWidth: REGION_OUTLINE.width });
    }
  }
}

/** The stamp in the page's bottom-right corner as the page is viewed (its /Rotate applied), on a white label. */
function stamp(page: PDFPage, font: PDFFont, text: string): void {
  const safe = encodableText(font, text);
  const width = font.widthOfTextAtSize(safe, STAMP.size);
  const frame = visualFrame(pageBox(page), page.getRotation().angle);
  const { size, margin, padding } = STAMP;
  const corner = frame.toUser(frame.width - margin - width - padding, margin - padding);
  page.drawRectangle({
    ...corner,
    width: width + 2 * padding,
    height: size + 2 * padding,
    rotate: degrees(frame.angle),
    color: rgb(1, 1, 1),
    borderColor: rgb(0, 0, 0),
    borderWidth: 0.5,
  });
  const baseline = frame.toUser(frame.width - margin - width, margin + 0.2 * size);
  page.drawText(safe, { ...baseline, size, font, color: rgb(0, 0, 0), rotate: degrees(frame.angle) });
}

/** The box excerpt rectangles are measured from: the media box clipped by the crop box. */
function pageBox(page: PDFPage) {
  const media = page.getMediaBox();
  const crop = page.getCropBox();
  const x = Math.max(media.x, crop.x);
  const y = Math.max(media.y, crop.y);
  return {
    x,
    y,
    width: Math.min(media.x + media.width, crop.x + crop.width) - x,
    height: Math.min(media.y + media.height, crop.y + crop.height) - y,
  };
}

/** The standard fonts cover WinAnsi only: anything else in a user's exhibit label prints as "?". */
function encodableText(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((char) => (supported.has(char.codePointAt(0)!) ? char : '?')).join('');
}
