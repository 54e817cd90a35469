/**
 * The exhibit packet: every page the chart cites, copied from the stored source PDFs, exhibit by exhibit in
 * order of first citation (pages of one exhibit in page order, as they are Bates-numbered), each excerpt
 * highlighted where it is on its page, each page stamped with its exhibit and its Bates number (or page),
 * and a bookmark per exhibit.
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
  readonly pageNumber: number;
  readonly excerpts: ExportExcerpt[];
}

export async function renderPacket(chart: ExportChart): Promise<Uint8Array> {
  const packet = await PDFDocument.create();
  packet.setTitle(`${chart.caption.exhibitLabel} — cited pages`);
  packet.setCreator('ClaimChart');
  const font = await packet.embedFont(StandardFonts.HelveticaBold);
  const outline: OutlineEntry[] = [];
  for (const [document, pages] of citedPagesByDocument(chart)) {
    const source = await PDFDocument.load(chart.documentPdf(document.id), { updateMetadata: false });
    if (source.isEncrypted) {
      throw new AppError('unsupported-file', `“${document.title}” is an encrypted PDF: its pages cannot be copied into the exhibit packet.`);
    }
    const copied = await packet.copyPages(source, pages.map((p) => p.pageNumber - 1));
    copied.forEach((page, i) => {
      const cited = pages[i]!;
      packet.addPage(page);
      highlight(page, cited.excerpts);
      stamp(page, font, `${document.exhibit} · ${batesNumber(document, cited.pageNumber, chart.batesWidth) ?? `p. ${cited.pageNumber}`}`);
    });
    outline.push({ title: `${document.exhibit} — ${document.title}`, page: copied[0]! });
  }
  writeOutline(packet, outline);
  return packet.save();
}

/** Live excerpts on pages their documents have, grouped by exhibit and page. */
function citedPagesByDocument(chart: ExportChart): Map<ExportDocument, CitedPage[]> {
  const byDocument = new Map<number, Map<number, ExportExcerpt[]>>();
  for (const row of chart.rows) {
    for (const id of citedExcerptIds(row.content)) {
      const excerpt = chart.excerpts.get(id);
      if (!excerpt || excerpt.deleted || excerpt.pageNumber < 1 || excerpt.pageNumber > excerpt.documentPageCount) continue;
      const pages = byDocument.get(excerpt.documentId) ?? new Map<number, ExportExcerpt[]>();
      byDocument.set(excerpt.documentId, pages);
      const onPage = pages.get(excerpt.pageNumber) ?? [];
      if (!onPage.includes(excerpt)) onPage.push(excerpt);
      pages.set(excerpt.pageNumber, onPage);
    }
  }
  const result = new Map<ExportDocument, CitedPage[]>();
  for (const document of chart.documents) {
    const pages = byDocument.get(document.id);
    if (!pages) continue;
    result.set(
      document,
      [...pages].sort(([a], [b]) => a - b).map(([pageNumber, excerpts]) => ({ pageNumber, excerpts })),
    );
  }
  return result;
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
