/**
 * Pinpoint citations, derived from a document and a page, never typed: "AIVRES Manual at AIVRES_0001234"
 * when the document carries Bates numbers, "KR2280 User Manual at 45" (the page's label, else its number)
 * when it does not. The wording is a per-matter template (matter.cite_format).
 */
import { z } from 'zod';

export const citePlaceholders = ['short', 'title', 'bates', 'page', 'pageNumber'] as const;
type Placeholder = (typeof citePlaceholders)[number];

const template = (required: Placeholder) =>
  z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((t) => t.includes(`{${required}}`), `must contain {${required}}`);

export const CiteFormatSchema = z
  .object({
    /** Digits of the Bates number after the prefix, zero-padded: 7 → AIVRES_0001234. */
    batesWidth: z.number().int().min(1).max(12),
    /** For a page that has a Bates number. Placeholders: {short} {title} {bates} {page} {pageNumber}. */
    withBates: template('bates'),
    /** For a page without one: {page} is the page's label when the PDF has labels, else its number. */
    withoutBates: template('page'),
  })
  .strict();
export type CiteFormat = z.infer<typeof CiteFormatSchema>;

export const DEFAULT_CITE_FORMAT: CiteFormat = {
  batesWidth: 7,
  withBates: '{short} at {bates}',
  withoutBates: '{short} at {page}',
};

/** What a cite needs to know about a document. */
export interface CitableDocument {
  readonly shortName: string;
  readonly title: string;
  readonly batesPrefix: string | null;
  readonly batesStart: number | null;
}

/** A page of that document: its 1-based number and the label the PDF gives it, if any. */
export interface CitablePage {
  readonly number: number;
  readonly label: string | null;
}

/** The Bates number of a page (prefix + the start number advanced by the page, zero-padded), or null. */
export function batesNumber(document: CitableDocument, pageNumber: number, width = DEFAULT_CITE_FORMAT.batesWidth): string | null {
  if (document.batesStart === null) return null;
  const number = document.batesStart + pageNumber - 1;
  return `${document.batesPrefix ?? ''}${String(number).padStart(width, '0')}`;
}

export function pinpointCite(document: CitableDocument, page: CitablePage, format: CiteFormat = DEFAULT_CITE_FORMAT): string {
  const bates = batesNumber(document, page.number, format.batesWidth);
  const values: Record<Placeholder, string> = {
    short: document.shortName,
    title: document.title,
    bates: bates ?? '',
    page: page.label?.trim() || String(page.number),
    pageNumber: String(page.number),
  };
  // One pass over the template: a value containing "{page}" is never expanded again.
  return (bates === null ? format.withoutBates : format.withBates).replace(
    /\{(short|title|bates|page|pageNumber)\}/g,
    (_, name: Placeholder) => values[name],
  );
}

/** matter.cite_format holds 'default' or a CiteFormat as JSON; anything unreadable falls back to the default. */
export function parseCiteFormat(stored: string): CiteFormat {
  if (stored === 'default') return DEFAULT_CITE_FORMAT;
  try {
    const parsed = CiteFormatSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULT_CITE_FORMAT;
  } catch {
    return DEFAULT_CITE_FORMAT;
  }
}
